package org.assay.accreditation.api;

import org.assay.accreditation.AccreditationService;
import org.assay.accreditation.ConflictKind;
import org.assay.platform.Node;
import org.assay.platform.NodeType;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;

/** A declaration as the schema shows it. */
@Name("ConflictDeclaration")
@Description("A conflict of interest declared by an assessment body about a supplier, or by a supplier about an assessment body.")
public record ConflictDeclarationView(
        @NonNull @Id @Description("Global id.") String id,
        @NonNull @Description("The organisation that declared it.") ConflictPartyView declarer,
        @NonNull @Description("The other party.") ConflictPartyView counterparty,
        @NonNull @Description("Kind of conflict.") ConflictKind kind,
        @NonNull @Description("What the conflict is, in the declarer's words.") String description,
        @NonNull @Description("When it was declared.") Instant declaredAt) implements Node {

    /** The node type of declarations: their global ids, and the ids sent for them. */
    public static final NodeType TYPE = new NodeType("ConflictDeclaration");

    static ConflictDeclarationView of(AccreditationService.Declared d) {
        return new ConflictDeclarationView(TYPE.id(d.declaration().id), ConflictPartyView.of(d.declarer()),
                ConflictPartyView.of(d.counterparty()), d.declaration().kind, d.declaration().description, d.declaration().declaredAt);
    }
}
