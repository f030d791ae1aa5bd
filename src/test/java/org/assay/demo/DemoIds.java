package org.assay.demo;

import org.assay.support.Fixtures;
import org.assay.support.Gql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Ids of the demo world, looked up over the API, for the placeholders and variables of the API guide's examples. */
final class DemoIds {

    private final Map<String, String> organisations = new HashMap<>();
    private final List<Map<String, Object>> assessments;
    private final List<Map<String, Object>> actions;
    private final List<Map<String, Object>> versions;
    private final List<Map<String, Object>> proposals;
    private final String report;
    private final String site;
    private final String grant;
    private final String pendingRequest;
    private final String entry;
    private final String accreditation;
    private final String optionalIndicator;
    private final String webhookEndpoint;
    private final List<Map<String, Object>> grievances;
    private final String openDispute;
    private final String[] complainant;

    DemoIds() {
        for (Map<String, Object> o : Gql.as("operator").post("{ organisations(first: 100) { nodes { id name } } }").assertNoErrors()
                .json().<Map<String, Object>>getList("data.organisations.nodes")) {
            organisations.put((String) o.get("name"), (String) o.get("id"));
        }
        assessments = Gql.as("operator").post("{ assessments(first: 50) { nodes { id method status certificateId supplier { name } } } }")
                .assertNoErrors().json().getList("data.assessments.nodes");
        actions = Gql.as("kolwezi").post("{ correctiveActions { id status severity } }").assertNoErrors().json().getList("data.correctiveActions");
        versions = Gql.as("operator").post("{ frameworkVersions { nodes { id number status } } }").assertNoErrors()
                .json().getList("data.frameworkVersions.nodes");
        proposals = Gql.as("voltaris").post("{ changeProposals(first: 20) { nodes { id status } } }").assertNoErrors()
                .json().getList("data.changeProposals.nodes");
        report = Gql.as("assessor").post("query($id: ID!) { assessment(id: $id) { answers { evidenceDocumentIds } } }",
                Gql.vars("id", assessment("ON_SITE_AUDIT", "PUBLISHED"))).assertNoErrors().raw()
                .replaceAll("(?s).*\"evidenceDocumentIds\":\\[\"([^\"]+)\".*", "$1");
        site = Gql.as("kolwezi").post("{ mySupplierProfile { sites { id name } } }").assertNoErrors().string("data.mySupplierProfile.sites[0].id");
        grant = Gql.as("kolwezi").post("{ mySharingGrants { nodes { id } } }").assertNoErrors().string("data.mySharingGrants.nodes[0].id");
        pendingRequest = Gql.as("kolwezi").post("{ sharingRequests(status: PENDING) { nodes { id } } }").assertNoErrors()
                .string("data.sharingRequests.nodes[0].id");
        entry = Gql.as("voltaris").post("{ portfolio(first: 50) { nodes { id supplier { name } } } }").assertNoErrors()
                .json().<Map<String, Object>>getList("data.portfolio.nodes").stream()
                .filter(e -> DemoCast.KOLWEZI.name().equals(((Map<?, ?>) e.get("supplier")).get("name"))).findFirst().orElseThrow().get("id").toString();
        optionalIndicator = Gql.as("voltaris").post("{ currentFramework { indicators(first: 1, filter: { classification: OPTIONAL }) { nodes { code } } } }")
                .assertNoErrors().string("data.currentFramework.indicators.nodes[0].code");
        webhookEndpoint = Gql.as("voltaris").post("{ webhookEndpoints { nodes { id } } }").assertNoErrors()
                .string("data.webhookEndpoints.nodes[0].id");
        grievances = Gql.as("operator").post("{ grievances(first: 50) { nodes { id stage } } }").assertNoErrors()
                .json().getList("data.grievances.nodes");
        openDispute = Gql.as("copperbelt").post("{ assessments(first: 10) { nodes { findings { id dispute { status } } } } }").assertNoErrors()
                .json().<Map<String, Object>>getList("data.assessments.nodes.findings.flatten()").stream()
                .filter(f -> f.get("dispute") instanceof Map<?, ?> d && "OPEN".equals(d.get("status"))).findFirst().orElseThrow().get("id").toString();
        complainant = Objects.requireNonNull(io.quarkus.arc.Arc.container().instance(DemoWorld.class).get().demoComplainant(),
                "the demo world was told by this process: its complainant's receipt");
        accreditation = Gql.as("operator").post("{ accreditations(first: 50) { nodes { id bodyName } } }").assertNoErrors()
                .json().<Map<String, Object>>getList("data.accreditations.nodes").stream()
                .filter(a -> DemoCast.ANDES_AUDIT.name().equals(a.get("bodyName"))).findFirst().orElseThrow().get("id").toString();
    }

    private String org(DemoCast.Part part) {
        return Objects.requireNonNull(organisations.get(part.name()), part.name());
    }

    private String raw(DemoCast.Part part) {
        return Fixtures.rawId(org(part));
    }

    private String assessment(String method, String status) {
        return assessments.stream().filter(a -> method.equals(a.get("method")) && status.equals(a.get("status")))
                .findFirst().orElseThrow(() -> new IllegalStateException("no " + status + " " + method + " in " + assessments)).get("id").toString();
    }

    private String action(String status) {
        return actions.stream().filter(a -> status.equals(a.get("status"))).findFirst().orElseThrow().get("id").toString();
    }

    private String version(String status) {
        return versions.stream().filter(v -> status.equals(v.get("status"))).findFirst().orElseThrow().get("id").toString();
    }

    private String grievance(String stage) {
        return grievances.stream().filter(g -> stage.equals(g.get("stage"))).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + stage + " grievance in " + grievances)).get("id").toString();
    }

    private String proposal(boolean open) {
        return proposals.stream().filter(p -> open == "OPEN".equals(p.get("status"))).findFirst().orElseThrow().get("id").toString();
    }

    /** The id that argument {@code name} of operation {@code root} stands for; {@code n} counts the operation's placeholders. */
    String id(String name, String root, String user, int n) {
        return switch (name) {
            case "supplierId" -> raw(DemoCast.KOLWEZI);
            case "memberId" -> raw(DemoCast.VOLTARIS);
            case "assessmentId" -> switch (root) {
                case "assignAssessment" -> assessment("ON_SITE_AUDIT", "REQUESTED");
                case "verifyCertificate" -> assessment("CERTIFICATE_RECOGNITION", "PUBLISHED");
                default -> assessment("ON_SITE_AUDIT", "PUBLISHED");
            };
            case "assessmentBodyId", "bodyId" -> raw(DemoCast.ASSESSOR);
            case "actionId" -> switch (root) {
                case "submitCorrectiveAction" -> action("IN_PROGRESS");
                case "verifyCorrectiveAction", "sendBackCorrectiveAction" -> action("SUBMITTED");
                default -> action("OPEN");
            };
            case "certificateId" -> assessments.stream().filter(a -> a.get("certificateId") != null).findFirst().orElseThrow()
                    .get("certificateId").toString();
            case "documentId", "evidenceDocumentIds" -> report;
            case "id" -> switch (root) {
                case "document" -> report;
                case "grievance" -> grievance("IN_DIALOGUE");
                // the disputes guide: Copperbelt's desk review, whose findings are disputed
                case "assessment" -> assessment("DESK_REVIEW", "PUBLISHED");
                default -> org(DemoCast.KOLWEZI);
            };
            // the case in dialogue; triage takes the one still waiting for it
            case "grievanceId" -> grievance("triageGrievance".equals(root) ? "RECEIVED" : "IN_DIALOGUE");
            case "reference" -> complainant[0];
            case "followUpCode" -> complainant[1];
            // Copperbelt's open dispute (its other one is decided)
            case "findingId" -> openDispute;
            case "ids" -> n == 0 ? org(DemoCast.KOLWEZI) : org(DemoCast.ANDINO);
            case "grantId" -> grant;
            case "requestId" -> pendingRequest;
            case "siteId" -> site;
            case "entryId" -> entry;
            case "organisationId" -> switch (root) {
                case "addPerson" -> raw(DemoCast.VOLTARIS);
                default -> raw(DemoCast.LUALABA);
            };
            case "accreditationId" -> accreditation;
            case "endpointId" -> webhookEndpoint;
            // redeliverEvent: an event the demo endpoint was never sent answers the documented payload with NOT_FOUND
            case "eventId" -> java.util.UUID.randomUUID().toString();
            case "counterpartyId" -> raw(DemoCast.SULAWESI);
            case "proposalId" -> proposal(true);
            case "versionId" -> version("DRAFT");
            // movePerson: moving a demo person would take the last admin from an organisation; an unknown person answers
            // the documented payload with NOT_FOUND, which the mutation phase allows
            case "personId" -> java.util.UUID.randomUUID().toString();
            case "toOrganisationId" -> raw(DemoCast.NORDWAGEN);
            default -> throw new IllegalStateException("no demo id for a placeholder of " + name + " in " + root);
        };
    }

    /** A variable of an example that the guide gives no value for. */
    Object variable(String name, String root) {
        return switch (name) {
            case "from" -> versions.stream().filter(v -> "1.0".equals(v.get("number"))).findFirst().orElseThrow().get("id");
            case "to" -> version("PUBLISHED");
            case "id" -> switch (root) {
                case "changeProposals" -> proposal(false);
                case "closeChangeProposal" -> proposal(true);
                default -> version("DRAFT");
            };
            case "draft" -> version("DRAFT");
            case "in" -> "proposeIndicatorRetirement".equals(root)
                    ? Map.of("indicatorCode", optionalIndicator, "rationale", "Covered by the new water stewardship indicator.",
                    "votingClosesAt", java.time.Instant.now().plus(java.time.Duration.ofDays(7)).toString())
                    : Map.of("proposalId", proposal(true), "choice", "YES");
            case "doc" -> "{}";
            case "supplierId" -> raw(DemoCast.KOLWEZI);
            default -> null;
        };
    }
}
