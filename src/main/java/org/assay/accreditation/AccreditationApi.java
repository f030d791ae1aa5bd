package org.assay.accreditation;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.assay.framework.AssessmentMethod;
import org.assay.organisation.OrganisationKind;
import org.assay.platform.Allow;
import org.assay.platform.Clock;
import org.assay.platform.Ids;
import org.assay.platform.MutationPayload;
import org.assay.platform.PageInfo;
import org.assay.platform.PageRequest;
import org.assay.platform.Role;
import org.assay.supplier.Mineral;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** GraphQL operations on accreditations and conflicts of interest. Thin: maps arguments, calls {@link AccreditationService}. */
@GraphQLApi
public class AccreditationApi {

    @Inject
    AccreditationService service;

    @Inject
    Clock clock;

    // ---- queries ----

    @Query
    @Allow({Role.OPERATOR, Role.ASSESSOR})
    @Transactional
    @Description("Accreditations of assessment bodies, newest first. The operator sees all; an assessment body only its own.")
    public AccreditationConnection accreditations(
            @Description("Page size, 1–100.") @DefaultValue("20") Integer first,
            @Description("Cursor to continue after (a previous page's `endCursor`).") String after,
            @Description("Filters; all optional, combined with AND.") AccreditationFilter filter) {
        PageRequest page = PageRequest.of(first, after);
        AccreditationFilter f = filter == null ? new AccreditationFilter() : filter;
        PageRequest.Slice<AccreditationService.Listed> slice = page.slice(
                service.accreditations(Ids.parse("filter.bodyId", f.bodyId), f.activeOn, page), AccreditationService::cursorOf);
        LocalDate today = clock.today();
        return slice.connection(l -> AccreditationView.of(l, today), AccreditationConnection.AccreditationEdge::new, AccreditationConnection::new);
    }

    @Query
    @Allow({Role.OPERATOR, Role.ASSESSOR, Role.SUPPLIER})
    @Transactional
    @Description("Declared conflicts of interest, newest first. The operator sees all; an assessment body or a supplier "
            + "sees the declarations its own organisation made.")
    public ConflictDeclarationConnection conflictDeclarations(
            @Description("Page size, 1–100.") @DefaultValue("20") Integer first,
            @Description("Cursor to continue after (a previous page's `endCursor`).") String after,
            @Id @Description("Operator only: declarations involving this organisation, on either side.") String organisationId) {
        PageRequest page = PageRequest.of(first, after);
        PageRequest.Slice<AccreditationService.Declared> slice = page.slice(
                service.declarations(Ids.parse("organisationId", organisationId), page), AccreditationService::cursorOf);
        return slice.connection(ConflictDeclarationView::of, ConflictDeclarationConnection.ConflictDeclarationEdge::new, ConflictDeclarationConnection::new);
    }

    // ---- mutations ----

    @Mutation
    @Allow(Role.OPERATOR)
    @Description("Accredit an assessment body for a scope (methods, minerals, countries) and a period. A body may hold "
            + "several accreditations; an assessment needs one that covers all of it. Operator only.")
    public AccreditationPayload accreditAssessmentBody(@NonNull @Description("The body, scope and period.") AccreditAssessmentBodyInput input) {
        return new AccreditationPayload(AccreditationView.of(service.accredit(new AccreditationService.Grant(
                Ids.parseInput("input.bodyId", input.bodyId), input.methods, input.minerals, input.countries,
                input.validFrom, input.validUntil)), clock.today()));
    }

    @Mutation
    @Allow(Role.OPERATOR)
    @Description("Withdraw an accreditation, with the reason; it stops counting at once. Operator only.")
    public AccreditationPayload withdrawAccreditation(@NonNull @Description("Which accreditation and why.") WithdrawAccreditationInput input) {
        return new AccreditationPayload(AccreditationView.of(service.withdraw(
                Ids.parseInput("input.accreditationId", input.accreditationId), input.reason), clock.today()));
    }

    @Mutation
    @Allow({Role.ASSESSOR, Role.SUPPLIER})
    @Description("Declare, for the caller's own organisation, a conflict of interest with another party: an assessment body "
            + "declares one with a supplier, a supplier with an assessment body. The body is then never assigned to assess "
            + "that supplier. Declarations cannot be withdrawn.")
    public ConflictDeclarationPayload declareConflictOfInterest(
            @NonNull @Description("The other party and the conflict.") DeclareConflictOfInterestInput input) {
        return new ConflictDeclarationPayload(ConflictDeclarationView.of(service.declare(
                Ids.parseInput("input.counterpartyId", input.counterpartyId), input.kind, input.description)));
    }

    // ---- types ----

    @Name("Accreditation")
    @Description("The operator's accreditation of an assessment body for a scope and a period.")
    public record AccreditationView(
            @NonNull @Id @Description("Opaque id.") String id,
            @NonNull @Id @Description("The accredited assessment body.") String bodyId,
            @NonNull @Description("Name of the body.") String bodyName,
            @NonNull @Description("Assessment methods covered (at least one).") List<@NonNull AssessmentMethod> methods,
            @NonNull @Description("Minerals covered; empty means any mineral.") List<@NonNull Mineral> minerals,
            @NonNull @Description("ISO 3166-1 alpha-2 countries covered; empty means any country.") List<@NonNull String> countries,
            @NonNull @Description("First day of validity.") LocalDate validFrom,
            @NonNull @Description("Last day of validity (inclusive).") LocalDate validUntil,
            @NonNull @Description("Where it stands today.") AccreditationStatus status,
            @NonNull @Description("When the operator granted it.") Instant accreditedAt,
            @Description("When it was withdrawn; null unless withdrawn.") Instant withdrawnAt,
            @Description("Why it was withdrawn; null unless withdrawn.") String withdrawalReason) {

        static AccreditationView of(AccreditationService.Listed l, LocalDate today) {
            Accreditation a = l.accreditation();
            AccreditationScope scope = a.scope();
            return new AccreditationView(a.id.toString(), a.bodyId.toString(), l.bodyName(), List.copyOf(scope.methods()),
                    List.copyOf(scope.minerals()), List.copyOf(a.countries), a.validFrom, a.validUntil, scope.status(today),
                    a.accreditedAt, a.withdrawnAt, a.withdrawalReason);
        }
    }

    @Name("ConflictParty")
    @Description("One side of a declared conflict of interest.")
    public record ConflictPartyView(
            @NonNull @Id @Description("Organisation id.") String id,
            @NonNull @Description("Legal name.") String name,
            @NonNull @Description("Kind: SUPPLIER or ASSESSMENT_BODY.") OrganisationKind kind) {
        static ConflictPartyView of(AccreditationService.Party p) {
            return new ConflictPartyView(p.id().toString(), p.name(), p.kind());
        }
    }

    @Name("ConflictDeclaration")
    @Description("A conflict of interest declared by an assessment body about a supplier, or by a supplier about an assessment body.")
    public record ConflictDeclarationView(
            @NonNull @Id @Description("Opaque id.") String id,
            @NonNull @Description("The organisation that declared it.") ConflictPartyView declarer,
            @NonNull @Description("The other party.") ConflictPartyView counterparty,
            @NonNull @Description("Kind of conflict.") ConflictKind kind,
            @NonNull @Description("What the conflict is, in the declarer's words.") String description,
            @NonNull @Description("When it was declared.") Instant declaredAt) {
        static ConflictDeclarationView of(AccreditationService.Declared d) {
            return new ConflictDeclarationView(d.declaration().id.toString(), ConflictPartyView.of(d.declarer()),
                    ConflictPartyView.of(d.counterparty()), d.declaration().kind, d.declaration().description,
                    d.declaration().declaredAt);
        }
    }

    @Name("AccreditationFilter")
    @Description("Filters of the accreditation listing; all optional, combined with AND.")
    public static class AccreditationFilter {
        @Id
        @Description("Only accreditations of this body (operator only; a body always sees its own).")
        public String bodyId;
        @Description("Only accreditations active on this day (not withdrawn, within their validity).")
        public LocalDate activeOn;
    }

    @Name("AccreditAssessmentBodyInput")
    @Description("An accreditation to grant.")
    public static class AccreditAssessmentBodyInput {
        @NonNull @Id @Description("The assessment body (an organisation of kind ASSESSMENT_BODY).")
        public String bodyId;
        @NonNull @Description("Assessment methods covered; at least one.")
        public List<@NonNull AssessmentMethod> methods;
        @Description("Minerals covered; empty or omitted means any mineral.")
        public List<@NonNull Mineral> minerals;
        @Description("ISO 3166-1 alpha-2 countries covered; empty or omitted means any country.")
        public List<@NonNull String> countries;
        @NonNull @Description("First day of validity.")
        public LocalDate validFrom;
        @NonNull @Description("Last day of validity (inclusive); not before validFrom nor before today.")
        public LocalDate validUntil;
    }

    @Name("WithdrawAccreditationInput")
    @Description("An accreditation to withdraw.")
    public static class WithdrawAccreditationInput {
        @NonNull @Id @Description("The accreditation.")
        public String accreditationId;
        @NonNull @Description("Why it is withdrawn, up to 1000 characters.")
        public String reason;
    }

    @Name("DeclareConflictOfInterestInput")
    @Description("A conflict of interest between the caller's organisation and another party.")
    public static class DeclareConflictOfInterestInput {
        @NonNull @Id @Description("The other party: a supplier when the caller is an assessment body, an assessment body when the caller is a supplier.")
        public String counterpartyId;
        @NonNull @Description("Kind of conflict.")
        public ConflictKind kind;
        @NonNull @Description("What the conflict is, 1–2000 characters.")
        public String description;
    }

    @Name("AccreditationConnection")
    @Description("A page of accreditations.")
    public record AccreditationConnection(
            @NonNull @Description("The accreditations of this page, newest first, each with its cursor.") List<@NonNull AccreditationEdge> edges,
            @NonNull @Description("The accreditations of this page, newest first.") List<@NonNull AccreditationView> nodes,
            @NonNull @Description("Paging information.") PageInfo pageInfo) {
        @Description("An item of a page of accreditations, with its cursor.")
        public record AccreditationEdge(@NonNull @Description("Cursor of this item: pass it as `after` to continue after it.") String cursor,
                @NonNull @Description("The item.") AccreditationView node) {
        }
    }

    @Name("ConflictDeclarationConnection")
    @Description("A page of conflict-of-interest declarations.")
    public record ConflictDeclarationConnection(
            @NonNull @Description("The declarations of this page, newest first, each with its cursor.") List<@NonNull ConflictDeclarationEdge> edges,
            @NonNull @Description("The declarations of this page, newest first.") List<@NonNull ConflictDeclarationView> nodes,
            @NonNull @Description("Paging information.") PageInfo pageInfo) {
        @Description("An item of a page of conflict-of-interest declarations, with its cursor.")
        public record ConflictDeclarationEdge(@NonNull @Description("Cursor of this item: pass it as `after` to continue after it.") String cursor,
                @NonNull @Description("The item.") ConflictDeclarationView node) {
        }
    }

    @Description("Result of a change to an accreditation.")
    public static class AccreditationPayload extends MutationPayload {
        private AccreditationView accreditation;

        public AccreditationPayload() {
        }

        AccreditationPayload(AccreditationView accreditation) {
            this.accreditation = accreditation;
        }

        @Description("The accreditation after the change; null when there are user errors.")
        public AccreditationView getAccreditation() {
            return accreditation;
        }

        @Override
        public List<String> auditTargetIds() {
            return accreditation == null ? List.of() : List.of(accreditation.id(), accreditation.bodyId());
        }
    }

    @Description("Result of a declaration of a conflict of interest.")
    public static class ConflictDeclarationPayload extends MutationPayload {
        private ConflictDeclarationView declaration;

        public ConflictDeclarationPayload() {
        }

        ConflictDeclarationPayload(ConflictDeclarationView declaration) {
            this.declaration = declaration;
        }

        @Description("The declaration; null when there are user errors.")
        public ConflictDeclarationView getDeclaration() {
            return declaration;
        }

        @Override
        public List<String> auditTargetIds() {
            return declaration == null ? List.of() : List.of(declaration.id());
        }
    }
}
