package org.assay.organisation;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.assay.platform.Allow;
import org.assay.platform.Caller;
import org.assay.platform.Ids;
import org.assay.platform.MutationPayload;
import org.assay.platform.NotFoundException;
import org.assay.platform.PageInfo;
import org.assay.platform.PageRequest;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** GraphQL operations on organisations. Thin: maps arguments, calls {@link OrganisationService}, maps results. */
@GraphQLApi
public class OrganisationApi {

    @Inject
    OrganisationService service;

    @Inject
    Caller caller;

    // ---- queries ----

    @Query
    @Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
    @Transactional
    @Description("The organisation the caller belongs to.")
    public OrganisationView myOrganisation() {
        return caller.organisationIdIfAny().map(service::get).map(OrganisationView::of).orElse(null);
    }

    @Query
    @Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
    @Transactional
    @Description("One organisation by id. The operator may read any; everyone else only their own (others are NOT_FOUND).")
    public OrganisationView organisation(@NonNull @Id @Description("Organisation id.") String id) {
        UUID uuid = Ids.parse("id", id);
        if (!caller.is(Role.OPERATOR) && !uuid.equals(caller.organisationId())) {
            throw new NotFoundException("Organisation");
        }
        return OrganisationView.of(service.get(uuid));
    }

    @Query
    @Allow(Role.OPERATOR)
    @Transactional
    @Description("All organisations, by name. Operator only.")
    public OrganisationConnection organisations(
            @Description("Page size, 1–100.") @DefaultValue("20") Integer first,
            @Description("Cursor to continue after.") String after,
            @Description("Only organisations of this kind.") OrganisationKind kind,
            @Description("Only organisations in this status.") OrganisationStatus status,
            @Description("Only names starting with this text (case-insensitive).") String namePrefix) {
        PageRequest page = PageRequest.of(first, after);
        PageRequest.Slice<Organisation> slice = page.slice(
                service.list(kind, status, namePrefix, null, null, page), OrganisationService::cursorOf);
        return new OrganisationConnection(slice.map(OrganisationView::of), slice.pageInfo());
    }

    @Query
    @Allow({Role.OPERATOR, Role.MEMBER})
    @Transactional
    @Description("Directory of active supplier organisations (public profile fields only), by name.")
    public SupplierProfileConnection supplierDirectory(
            @Description("Page size, 1–100.") @DefaultValue("20") Integer first,
            @Description("Cursor to continue after.") String after,
            @Description("Search criteria; all optional, combined with AND.") SupplierSearch search) {
        PageRequest page = PageRequest.of(first, after);
        SupplierSearch s = search == null ? new SupplierSearch() : search;
        PageRequest.Slice<Organisation> slice = page.slice(
                service.list(OrganisationKind.SUPPLIER, OrganisationStatus.ACTIVE, s.namePrefix, s.country, s.identifier, page),
                OrganisationService::cursorOf);
        return new SupplierProfileConnection(slice.map(SupplierPublicProfile::of), slice.pageInfo());
    }

    // ---- mutations ----

    @Mutation
    @Allow(Role.OPERATOR)
    @Description("Admit an organisation to the platform. Operator only.")
    public OrganisationPayload admitOrganisation(@NonNull @Description("The organisation to admit.") AdmitOrganisationInput input) {
        return new OrganisationPayload(service.admit(input.kind, input.details()));
    }

    @Mutation
    @Allow(Role.OPERATOR)
    @Description("Change an organisation's name, country or identifiers; omitted fields stay, an empty identifier removes it. Operator only.")
    public OrganisationPayload updateOrganisation(@NonNull @Description("What to change.") UpdateOrganisationInput input) {
        return new OrganisationPayload(service.update(Ids.parseInput("input.organisationId", input.organisationId), input.details()));
    }

    @Mutation
    @Allow(Role.OPERATOR)
    @Description("Suspend an organisation: its people are refused until it is reinstated. Operator only.")
    public OrganisationPayload suspendOrganisation(@NonNull @Description("Which organisation.") OrganisationRefInput input) {
        return new OrganisationPayload(service.setStatus(Ids.parseInput("input.organisationId", input.organisationId), OrganisationStatus.SUSPENDED));
    }

    @Mutation
    @Allow(Role.OPERATOR)
    @Description("Lift a suspension. Operator only.")
    public OrganisationPayload reinstateOrganisation(@NonNull @Description("Which organisation.") OrganisationRefInput input) {
        return new OrganisationPayload(service.setStatus(Ids.parseInput("input.organisationId", input.organisationId), OrganisationStatus.ACTIVE));
    }

    // ---- types ----

    @Description("Identifiers of a legal entity. At least one is required.")
    @Name("IdentifiersInput")
    public static class IdentifiersInput {
        @Description("Legal Entity Identifier (ISO 17442): 20 characters with check digits.")
        public String lei;
        @Description("D-U-N-S number: 9 digits (dashes allowed).")
        public String duns;
        @Description("National company registry number.")
        public String nationalRegistryNumber;
    }

    @Description("An organisation to admit.")
    @Name("AdmitOrganisationInput")
    public static class AdmitOrganisationInput {
        @NonNull @Description("Kind of organisation; decides its people's role.")
        public OrganisationKind kind;
        @NonNull @Description("Legal name, 1–200 characters.")
        public String name;
        @NonNull @Description("ISO 3166-1 alpha-2 country of registration, e.g. CD, CN, DE.")
        public String country;
        @NonNull @Description("Identifiers; at least one.")
        public IdentifiersInput identifiers;

        OrganisationService.Details details() {
            IdentifiersInput i = identifiers == null ? new IdentifiersInput() : identifiers;
            return new OrganisationService.Details(name, country, i.lei, i.duns, i.nationalRegistryNumber);
        }
    }

    @Description("Changes to an organisation; omitted fields stay as they are.")
    @Name("UpdateOrganisationInput")
    public static class UpdateOrganisationInput {
        @NonNull @Id @Description("Organisation to change.")
        public String organisationId;
        @Description("New legal name.")
        public String name;
        @Description("New ISO 3166-1 alpha-2 country.")
        public String country;
        @Description("New identifiers; an empty string removes one.")
        public IdentifiersInput identifiers;

        OrganisationService.Details details() {
            IdentifiersInput i = identifiers == null ? new IdentifiersInput() : identifiers;
            return new OrganisationService.Details(name, country, i.lei, i.duns, i.nationalRegistryNumber);
        }
    }

    @Description("Refers to one organisation.")
    @Name("OrganisationRefInput")
    public static class OrganisationRefInput {
        @NonNull @Id @Description("Organisation id.")
        public String organisationId;
    }

    @Name("Organisation")
    @Description("A legal entity on the platform.")
    public record OrganisationView(
            @NonNull @Id @Description("Opaque id.") String id,
            @NonNull @Description("Kind; decides the role of its people.") OrganisationKind kind,
            @NonNull @Description("Legal name.") String name,
            @NonNull @Description("ISO 3166-1 alpha-2 country of registration.") String country,
            @NonNull @Description("Identifiers.") IdentifiersView identifiers,
            @NonNull @Description("Whether it may use the platform.") OrganisationStatus status,
            @NonNull @Description("When it was admitted.") Instant admittedAt) {
        public static OrganisationView of(Organisation o) {
            return new OrganisationView(o.id.toString(), o.kind, o.name, o.country, IdentifiersView.of(o), o.status, o.createdAt);
        }
    }

    @Name("OrganisationIdentifiers")
    @Description("Identifiers of a legal entity.")
    public record IdentifiersView(
            @Description("Legal Entity Identifier (ISO 17442).") String lei,
            @Description("D-U-N-S number.") String duns,
            @Description("National company registry number.") String nationalRegistryNumber) {
        static IdentifiersView of(Organisation o) {
            return new IdentifiersView(o.lei, o.duns, o.nationalRegistryNumber);
        }
    }

    @Name("SupplierPublicProfile")
    @Description("What any member may see of a supplier organisation: its public profile, never who buys from it.")
    public record SupplierPublicProfile(
            @NonNull @Id @Description("Opaque id of the supplier organisation.") String id,
            @NonNull @Description("Legal name.") String name,
            @NonNull @Description("ISO 3166-1 alpha-2 country of registration.") String country,
            @NonNull @Description("Identifiers.") IdentifiersView identifiers) {
        static SupplierPublicProfile of(Organisation o) {
            return new SupplierPublicProfile(o.id.toString(), o.name, o.country, IdentifiersView.of(o));
        }
    }

    @Description("Criteria for the supplier directory.")
    @Name("SupplierSearch")
    public static class SupplierSearch {
        @Description("Name starts with this text (case-insensitive).")
        public String namePrefix;
        @Description("Exact LEI, DUNS or national registry number.")
        public String identifier;
        @Description("ISO 3166-1 alpha-2 country.")
        public String country;
    }

    @Description("A page of organisations.")
    public record OrganisationConnection(
            @NonNull @Description("The organisations of this page.") List<@NonNull OrganisationView> nodes,
            @NonNull @Description("Paging information.") PageInfo pageInfo) {
    }

    @Description("A page of supplier public profiles.")
    public record SupplierProfileConnection(
            @NonNull @Description("The suppliers of this page.") List<@NonNull SupplierPublicProfile> nodes,
            @NonNull @Description("Paging information.") PageInfo pageInfo) {
    }

    @Description("Result of a mutation on an organisation.")
    public static class OrganisationPayload extends MutationPayload {
        private OrganisationView organisation;

        public OrganisationPayload() {
        }

        OrganisationPayload(Organisation o) {
            this.organisation = OrganisationView.of(o);
        }

        @Description("The organisation after the change; null when there are user errors.")
        public OrganisationView getOrganisation() {
            return organisation;
        }

        @Override
        public List<String> auditTargetIds() {
            return organisation == null ? List.of() : List.of(organisation.id());
        }
    }
}
