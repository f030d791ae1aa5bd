package org.assay.organisation.api;

import org.assay.organisation.Organisation;
import org.assay.organisation.OrganisationKind;
import org.assay.organisation.OrganisationStatus;
import org.assay.platform.Node;
import org.assay.platform.NodeType;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;

/**
 * An organisation as the schema shows it. In full ({@link #full}) to the operator and to its own people; as its
 * public profile ({@link #publicProfile}: no status, no admission date) where another feature's object names it to
 * someone who may see that object ({@link OrganisationReferences}).
 */
@Name("Organisation")
@Description("A legal entity on the platform: a member firm, a supplier, an assessment body or the operator.")
public record OrganisationView(
        @NonNull @Id @Description("Global id.") String id,
        @NonNull @Description("Kind; decides the role of its people.") OrganisationKind kind,
        @NonNull @Description("Legal name.") String name,
        @NonNull @Description("ISO 3166-1 alpha-2 country of registration.") String country,
        @NonNull @Description("Identifiers.") IdentifiersView identifiers,
        @Description("Whether it may use the platform; null unless you are the operator or belong to it.") OrganisationStatus status,
        @Description("When it was admitted; null unless you are the operator or belong to it.") Instant admittedAt) implements Node {

    /** The node type of organisations: their global ids, and the ids sent for them. */
    public static final NodeType TYPE = new NodeType("Organisation");

    /** Everything: for the operator and the organisation's own people ({@code OrganisationAccess.mayRead}). */
    public static OrganisationView full(Organisation o) {
        return new OrganisationView(TYPE.id(o.id), o.kind, o.name, o.country, IdentifiersView.of(o), o.status, o.createdAt);
    }

    /** The public profile: for anyone an object of another feature names the organisation to. */
    public static OrganisationView publicProfile(Organisation o) {
        return new OrganisationView(TYPE.id(o.id), o.kind, o.name, o.country, IdentifiersView.of(o), null, null);
    }

    /** The caller's own organisation ({@code me}, {@code myOrganisation}): in full. */
    public static OrganisationView of(Organisation o) {
        return full(o);
    }
}
