package org.assay.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.platform.Clock;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assay.demo.DemoCast.ASSESSOR;
import static org.assay.demo.DemoCast.COPPERBELT;
import static org.assay.demo.DemoCast.KOLWEZI;
import static org.assay.demo.DemoCast.OPERATOR;

/**
 * The voices of the story (issue 14), told like the rest through the GraphQL API: complainants file grievances about
 * Kolwezi without an account, the operator's grievance handler triages and handles them, Kolwezi answers and commits
 * to a corrective action; Copperbelt disputes two findings of its desk review (one upheld, one open); Kolwezi publishes
 * its summary to everyone. Chapters: {@link #grievancesFiled} 20 days ago, {@link #grievanceResolved} 5 days ago,
 * {@link #today} today.
 */
@ApplicationScoped
class DemoVoices {

    private static final Logger LOG = Logger.getLogger(DemoVoices.class);

    private static final String FILE = """
            mutation($in: FileGrievanceInput!) { fileGrievance(input: $in) { receipt { reference followUpCode } userErrors { field code message } } }""";
    private static final String STEP = "{ grievance { id stage } userErrors { field code message } }";

    @Inject
    Clock clock;

    @Inject
    DemoEvidence evidence;

    /** The complainant's receipt of the case in dialogue: dev mode logs it so the follow-up page can be tried. */
    record Receipt(String reference, String followUpCode) {
        @Override
        public String toString() {
            return "Receipt[" + reference + "]";
        }
    }

    private Receipt inDialogue;
    private String river;
    private String masks;

    /** The receipt of the demo complainant whose case is in dialogue (null before the story was told in this run). */
    Receipt complainant() {
        return inDialogue;
    }

    // ---- 20 days ago: two grievances filed, triaged, in dialogue ----

    void grievancesFiled(Map<String, String> ids) {
        String me = DemoSession.as(OPERATOR).run("{ me { membershipId } }").string("me.membershipId");
        DemoSession.as(OPERATOR).run("""
                mutation($in: GrievanceHandlerInput!) { appointGrievanceHandler(input: $in) { handler { subject } userErrors { field code message } } }""",
                Map.of("in", Map.of("personId", me)));
        String kolwezi = ids.get(KOLWEZI.key());
        String pit = DemoSession.as(KOLWEZI).run("{ mySupplierProfile { sites { id name } } }").list("mySupplierProfile.sites").stream()
                .filter(s -> "Pit 3".equals(s.get("name"))).findFirst().orElseThrow().get("id").toString();
        inDialogue = file(kolwezi, pit, "ENVIRONMENT_AND_WATER", "The river below pit 3 has run red since March. Our goats will not drink it.",
                "Musonoi village, downstream of pit 3", "since March", "EN", "+243 81 555 0101", null);
        Receipt maskCase = file(kolwezi, null, "HEALTH_AND_SAFETY",
                "Dans le concentrateur, on travaille sans masques depuis deux mois ; beaucoup toussent le soir.",
                "Concentrateur de Kolwezi, équipe de nuit", "depuis septembre", "FR", "whatsapp +243 97 555 0142",
                "Mon frère travaille dans l'équipe de nuit ; ne le nommez pas.");
        river = idOf(inDialogue.reference());
        masks = idOf(maskCase.reference());

        handle("triageGrievance", "TriageGrievanceInput", Map.of("grievanceId", river, "outcome", "ADMISSIBLE", "severity", "HIGH"));
        handle("moveGrievance", "MoveGrievanceInput", Map.of("grievanceId", river, "stage", "IN_DIALOGUE"));
        handle("sendGrievanceMessage", "SendGrievanceMessageInput", Map.of("grievanceId", river, "to", "COMPLAINANT",
                "body", "Thank you. We have asked the company to explain the colour of the river and to test the water."));
        handle("sendGrievanceMessage", "SendGrievanceMessageInput", Map.of("grievanceId", river, "to", "SUPPLIER",
                "body", "Villagers downstream of pit 3 report red water since March. Please test the discharge and tell us what you find."));
        DemoSession.as(KOLWEZI).run("mutation($in: RespondToGrievanceInput!) { respondToGrievance(input: $in) " + STEP + " }",
                Map.of("in", Map.of("grievanceId", river, "body",
                        "The settling pond of pit 3 overflowed in the rains. We are sampling the river weekly and will share the results.")));

        handle("triageGrievance", "TriageGrievanceInput", Map.of("grievanceId", masks, "outcome", "ADMISSIBLE", "severity", "HIGH"));
        handle("moveGrievance", "MoveGrievanceInput", Map.of("grievanceId", masks, "stage", "IN_DIALOGUE"));
        handle("sendGrievanceMessage", "SendGrievanceMessageInput", Map.of("grievanceId", masks, "to", "SUPPLIER",
                "body", "Night-shift workers at the concentrator report working without masks for two months."));
        DemoSession.as(KOLWEZI).run("""
                mutation($in: CommitToCorrectiveActionInput!) { commitToCorrectiveAction(input: $in) { action { id } userErrors { field code message } } }""",
                Map.of("in", Map.of("grievanceId", masks, "description", "Fit-tested respirators for every concentrator shift; stock checked weekly by the HSE team.",
                        "owner", "HSE manager", "dueDate", clock.today().plusDays(90).toString())));
    }

    // ---- 5 days ago: the mask case is resolved; the river's complainant writes again ----

    void grievanceResolved() {
        handle("moveGrievance", "MoveGrievanceInput", Map.of("grievanceId", masks, "stage", "RESOLVED",
                "note", "Respirators delivered to every shift; the workers' committee checks the stock monthly.",
                "publicSummary", "Health and safety concern at the concentrator: protective equipment delivered, monthly check agreed with the workers' committee."));
        DemoSession.anonymous().run("""
                mutation($in: ReplyToGrievanceInput!) { replyToGrievance(input: $in) { followUp { stage } userErrors { field code message } } }""",
                Map.of("in", Map.of("reference", inDialogue.reference(), "followUpCode", inDialogue.followUpCode(),
                        "message", "The water is still red after the rains. Please share the test results with the village.")));
    }

    // ---- today: a new grievance, Copperbelt's disputes, Kolwezi's public disclosure ----

    void today(Map<String, String> ids) {
        file(ids.get(KOLWEZI.key()), null, "CHILD_LABOUR", "Children carry sacks of ore for the traders at the edge of the concession on market days.",
                "North edge of the concession, near the Kasulo road", "market days in November", "FR", null, null);

        List<Map<String, Object>> reviews = DemoSession.as(COPPERBELT).run("{ assessments(first: 10) { nodes { status method findings { id severity } } } }")
                .list("assessments.nodes");
        Map<String, Object> review = reviews.stream().filter(a -> "PUBLISHED".equals(a.get("status")) && "DESK_REVIEW".equals(a.get("method")))
                .findFirst().orElseThrow();
        @SuppressWarnings("unchecked") List<Map<String, Object>> findings = (List<Map<String, Object>>) review.get("findings");
        String minor = findings.stream().filter(f -> "MINOR".equals(f.get("severity"))).findFirst().orElseThrow().get("id").toString();
        String observation = findings.stream().filter(f -> "OBSERVATION".equals(f.get("severity"))).findFirst().orElseThrow().get("id").toString();
        String reconciliation = evidence.upload(COPPERBELT, "copperbelt-rmap-reconciliation-q3.pdf", null);
        String dispute = """
                mutation($in: DisputeFindingInput!) { disputeFinding(input: $in) { dispute { id } userErrors { field code message } } }""";
        Map<String, Object> withEvidence = new HashMap<>(Map.of("findingId", minor,
                "reason", "The smelter list was reconciled with the RMAP list in September; the reconciliation is attached."));
        withEvidence.put("evidenceDocumentIds", List.of(reconciliation));
        DemoSession.as(COPPERBELT).run(dispute, Map.of("in", withEvidence));
        DemoSession.as(ASSESSOR).run("""
                mutation($in: DecideDisputeInput!) { decideDispute(input: $in) { dispute { status } userErrors { field code message } } }""",
                Map.of("in", Map.of("findingId", minor, "decision", "UPHOLD",
                        "reason", "The attached reconciliation is dated after the review period; the finding stands for that quarter.")));
        DemoSession.as(COPPERBELT).run(dispute, Map.of("in", Map.of("findingId", observation,
                "reason", "The board signed the conflict minerals policy in August; the signed copy is on our website.")));

        DemoSession.as(KOLWEZI).run("""
                mutation($in: SetPublicDisclosureInput!) { setPublicDisclosure(input: $in) { disclosure { path } userErrors { field code message } } }""",
                Map.of("in", Map.of("enabled", true, "slug", "kolwezi-cobalt", "showGrievances", true)));
        LOG.infof("Demo complainant: case %s, follow-up code %s (follow it at /grievance)", inDialogue.reference(), inDialogue.followUpCode());
    }

    private Receipt file(String supplier, String site, String category, String description, String location, String occurred,
                         String language, String contact, String privateDetails) {
        Map<String, Object> in = new HashMap<>(Map.of("supplierId", supplier, "category", category, "description", description,
                "location", location, "occurred", occurred, "language", language, "anonymous", true));
        if (site != null) {
            in.put("siteId", site);
        }
        Map<String, Object> who = new HashMap<>();
        if (contact != null) {
            who.put("contact", contact);
        }
        if (privateDetails != null) {
            who.put("privateDetails", privateDetails);
        }
        if (!who.isEmpty()) {
            in.put("complainant", who);
        }
        DemoSession.Data r = DemoSession.anonymous().run(FILE, Map.of("in", in));
        return new Receipt(r.string("fileGrievance.receipt.reference"), r.string("fileGrievance.receipt.followUpCode"));
    }

    private String idOf(String reference) {
        return DemoSession.as(OPERATOR).run("{ grievances(first: 100) { nodes { id reference } } }").list("grievances.nodes").stream()
                .filter(g -> reference.equals(g.get("reference"))).findFirst().orElseThrow().get("id").toString();
    }

    private void handle(String mutation, String inputType, Map<String, Object> input) {
        DemoSession.as(OPERATOR).run("mutation($in: " + inputType + "!) { " + mutation + "(input: $in) " + STEP + " }", Map.of("in", input));
    }
}
