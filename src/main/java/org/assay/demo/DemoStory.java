package org.assay.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.platform.Clock;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assay.demo.DemoCast.ANDES_AUDIT;
import static org.assay.demo.DemoCast.ANDINO;
import static org.assay.demo.DemoCast.ASSESSOR;
import static org.assay.demo.DemoCast.COPPERBELT;
import static org.assay.demo.DemoCast.KOLWEZI;
import static org.assay.demo.DemoCast.LUALABA;
import static org.assay.demo.DemoCast.NORDWAGEN;
import static org.assay.demo.DemoCast.OPERATOR;
import static org.assay.demo.DemoCast.SULAWESI;
import static org.assay.demo.DemoCast.VOLTARIS;

/**
 * The consortium's story, told in chapters through the GraphQL API by the people who would do each step. Chapters
 * that happened in the past are told with the platform clock set back ({@link DemoWorld#at}), so validity, due dates
 * and overdue actions come out relative to the day the world is loaded:
 * <ol>
 *   <li>400 days ago: accreditations, profiles and sites; Sulawesi's self-assessment (12 months: expired now);</li>
 *   <li>120 days ago: the first change proposal adopted and framework version 1.1 published (a minor version);</li>
 *   <li>45 days ago: Kolwezi's on-site audit with a critical finding (rating capped at B; its 30-day action overdue);</li>
 *   <li>30 days ago: Kolwezi works on its corrective actions (open, in progress after a send-back, submitted, verified);</li>
 *   <li>20 days ago: two grievances about Kolwezi filed without an account, triaged and in dialogue; Kolwezi answers one
 *   and commits to a corrective action for the other ({@link DemoVoices});</li>
 *   <li>10 days ago: Copperbelt's desk review (rated), Salar Andino's certificate recognition (its ISO 14001 certificate,
 *   and so the assessment, ends in 45 days), a second adopted proposal (the draft of the next version);</li>
 *   <li>5 days ago: the grievance with the commitment resolved; the other complainant writes again;</li>
 *   <li>today: sharing grants (member, all members, public; summary and full), an accepted and a pending sharing
 *   request, portfolios, a requirement profile, an open proposal with one vote, a new request waiting for assignment,
 *   a conflict-of-interest declaration, and members reading shared results (access records and usage); a new grievance
 *   waiting for triage, Copperbelt's two finding disputes (one upheld, one open), Kolwezi's public disclosure.</li>
 * </ol>
 */
@ApplicationScoped
class DemoStory {

    private static final String REQUEST = """
            mutation($in: RequestAssessmentInput!) { requestAssessment(input: $in) {
              request { assessmentId } userErrors { field code message } } }""";
    private static final String ASSIGN = """
            mutation($in: AssignAssessmentInput!) { assignAssessment(input: $in) { assessment { id } userErrors { field code message } } }""";
    private static final String APPLICABLE = "query($id: ID!) { applicableIndicators(assessmentId: $id) }";
    private static final String SAVE = """
            mutation($in: SaveAnswersInput!) { saveAnswers(input: $in) { assessment { id } userErrors { field code message } } }""";
    private static final String FINDING = """
            mutation($in: RaiseFindingInput!) { raiseFinding(input: $in) { finding { id } userErrors { field code message } } }""";
    private static final String SUBMIT = """
            mutation($in: AssessmentTransitionInput!) { submitAssessment(input: $in) { assessment { id } userErrors { field code message } } }""";
    private static final String PUBLISH = """
            mutation($in: AssessmentTransitionInput!) { publishAssessment(input: $in) {
              assessment { id rating } userErrors { field code message } } }""";
    private static final String ACTIONS = "query($a: ID) { correctiveActions(assessmentId: $a) { id severity dueDate } }";
    private static final String INDICATORS = """
            query($after: String) { currentFramework { indicators(first: 100, after: $after) {
              nodes { code answerType classification weight thresholds { direction values } }
              pageInfo { hasNextPage endCursor } } } }""";

    @Inject
    Clock clock;

    @Inject
    DemoEvidence evidence;

    @Inject
    DemoVoices voices;

    private Map<String, String> ids;
    private LocalDate today;

    void tell(Map<String, String> organisationIds, LocalDate loadDay) {
        this.ids = organisationIds;
        this.today = loadDay;
        DemoWorld.at(clock, Duration.ofDays(400), this::foundations);
        DemoWorld.at(clock, Duration.ofDays(120), this::firstMinorVersion);
        String audit = at(45, this::kolweziAudit);
        DemoWorld.at(clock, Duration.ofDays(30), () -> kolweziActions(audit));
        DemoWorld.at(clock, Duration.ofDays(20), () -> voices.grievancesFiled(ids));
        DemoWorld.at(clock, Duration.ofDays(10), this::recentAssessments);
        DemoWorld.at(clock, Duration.ofDays(5), voices::grievanceResolved);
        today();
        voices.today(ids);
    }

    private String at(int daysBack, java.util.function.Supplier<String> chapter) {
        String[] out = new String[1];
        DemoWorld.at(clock, Duration.ofDays(daysBack), () -> out[0] = chapter.get());
        return out[0];
    }

    /** The organisation's raw id: features not yet converted to global ids take only that (all take it). */
    private String id(DemoCast.Part part) {
        return org.assay.platform.Ids.parse("organisationId", ids.get(part.key())).toString();
    }

    private static DemoSession as(DemoCast.Part part) {
        return DemoSession.as(part);
    }

    // ---- chapter 1: foundations, 400 days ago ----

    private void foundations() {
        LocalDate now = clock.today();
        as(OPERATOR).run("""
                mutation($in: AccreditAssessmentBodyInput!) { accreditAssessmentBody(input: $in) { accreditation { id } userErrors { field code message } } }""",
                Map.of("in", Map.of("bodyId", id(ASSESSOR),
                        "methods", List.of("SELF_ASSESSMENT", "CERTIFICATE_RECOGNITION", "DESK_REVIEW", "ON_SITE_AUDIT"),
                        "validFrom", today.minusYears(3).toString(), "validUntil", today.plusYears(3).toString())));
        as(OPERATOR).run("""
                mutation($in: AccreditAssessmentBodyInput!) { accreditAssessmentBody(input: $in) { accreditation { id } userErrors { field code message } } }""",
                Map.of("in", Map.of("bodyId", id(ANDES_AUDIT), "methods", List.of("DESK_REVIEW", "ON_SITE_AUDIT"),
                        "minerals", List.of("LITHIUM", "COPPER"), "countries", List.of("CL", "PE", "AR"),
                        "validFrom", now.minusDays(30).toString(), "validUntil", today.plusYears(2).toString())));

        profile(KOLWEZI, "Copper-cobalt miner and concentrator in Lualaba province", "https://kolwezi-cobalt.example.com",
                List.of("COBALT", "COPPER"), List.of("EXTRACTION", "PROCESSING"));
        site(KOLWEZI, "Pit 3", "MINE", "CD", -10.71, 25.47, List.of("COBALT", "COPPER"), "EXTRACTION", true);
        site(KOLWEZI, "Kolwezi concentrator", "CONCENTRATOR", "CD", -10.72, 25.49, List.of("COBALT", "COPPER"), "PROCESSING", true);
        profile(ANDINO, "Lithium brine operation in the Salar de Atacama", "https://salar-andino.example.cl",
                List.of("LITHIUM"), List.of("EXTRACTION", "PROCESSING"));
        site(ANDINO, "Salar de Atacama brine field", "MINE", "CL", -23.50, -68.25, List.of("LITHIUM"), "EXTRACTION", false);
        profile(COPPERBELT, "Copper and cobalt refinery serving battery and cable makers", "https://copperbelt-refining.example.com",
                List.of("COPPER", "COBALT"), List.of("REFINING"));
        site(COPPERBELT, "Kitwe refinery", "SMELTER_REFINER", "ZM", -12.80, 28.21, List.of("COPPER", "COBALT"), "REFINING", false);
        profile(SULAWESI, "Nickel laterite mining and HPAL processing", "https://sulawesi-nikel.example.co.id",
                List.of("NICKEL", "COBALT"), List.of("EXTRACTION", "PROCESSING"));
        profile(LUALABA, "Trader of copper and cobalt concentrates from artisanal and small mines", "https://lualaba-traders.example.cd",
                List.of("COPPER", "COBALT"), List.of("TRADING"));
        site(LUALABA, "Likasi trading depot", "TRADING_HUB", "CD", -10.98, 26.73, List.of("COPPER", "COBALT"), "TRADING", true);
        site(SULAWESI, "Morowali HPAL plant", "PROCESSING_PLANT", "ID", -2.85, 122.15, List.of("NICKEL", "COBALT"), "PROCESSING", false);

        // Sulawesi answers a self-assessment: valid 12 months, so it has expired by now.
        String self = request(NORDWAGEN, SULAWESI, "SELF_ASSESSMENT");
        assign(self, ASSESSOR);
        answerAll(SULAWESI, self, 2, Set.of());
        as(SULAWESI).run(SUBMIT, Map.of("in", Map.of("assessmentId", self, "idempotencyKey", "demo-submit-sulawesi-self")));
        finding(self, "OBSERVATION", "Tailings storage monitoring plan not yet public",
                "The plan exists but is not published for the neighbouring villages.", "ENV");
        publish(self, "demo-publish-sulawesi-self");
    }

    private void profile(DemoCast.Part supplier, String description, String website, List<String> minerals, List<String> stages) {
        as(supplier).run("""
                mutation($in: UpdateSupplierProfileInput!) { updateSupplierProfile(input: $in) { profile { id } userErrors { field code message } } }""",
                Map.of("in", Map.of("description", description, "website", website, "minerals", minerals, "stages", stages)));
    }

    private void site(DemoCast.Part supplier, String name, String kind, String country, double lat, double lon, List<String> minerals,
                      String stage, boolean inCahra) {
        Map<String, Object> in = new HashMap<>(Map.of("name", name, "kind", kind, "country", country, "latitude", lat, "longitude", lon,
                "minerals", minerals, "stage", stage, "inCahra", inCahra));
        as(supplier).run("mutation($in: CreateSiteInput!) { createSite(input: $in) { site { id } userErrors { field code message } } }",
                Map.of("in", in));
    }

    // ---- chapter 2: the first minor version, 120 days ago ----

    private void firstMinorVersion() {
        List<Map<String, Object>> optional = optionalScored();
        Map<String, Object> indicator = optional.get(0);
        String proposal = propose(VOLTARIS, (String) indicator.get("code"),
                Map.of("weight", new BigDecimal(indicator.get("weight").toString()).add(BigDecimal.ONE)),
                "Members report this indicator to their boards every quarter: it deserves more weight.", 7);
        vote(VOLTARIS, proposal, "YES");
        vote(NORDWAGEN, proposal, "YES");
        closeEarly(proposal);
        String draft = as(OPERATOR).run("{ frameworkVersions(status: DRAFT) { nodes { id } } }").string("frameworkVersions.nodes.0.id");
        as(OPERATOR).run("""
                mutation($id: ID!) { publishFrameworkDraft(input: { versionId: $id }) { version { number } bump userErrors { field code message } } }""",
                Map.of("id", draft));
    }

    private String propose(DemoCast.Part member, String code, Map<String, Object> change, String rationale, int windowDays) {
        return as(member).run("""
                mutation($in: ProposeIndicatorChangeInput!) { proposeIndicatorChange(input: $in) { proposal { id } userErrors { field code message } } }""",
                Map.of("in", Map.of("indicatorCode", code, "change", change, "rationale", rationale,
                        "votingClosesAt", clock.now().plus(Duration.ofDays(windowDays)).toString()))).string("proposeIndicatorChange.proposal.id");
    }

    private void vote(DemoCast.Part member, String proposal, String choice) {
        as(member).run("mutation($in: VoteInput!) { castVote(input: $in) { proposal { id } userErrors { field code message } } }",
                Map.of("in", Map.of("proposalId", proposal, "choice", choice)));
    }

    private void closeEarly(String proposal) {
        as(OPERATOR).run("mutation($id: ID!) { closeChangeProposal(input: { proposalId: $id }) { proposal { status } userErrors { field code message } } }",
                Map.of("id", proposal));
    }

    // ---- chapter 3: Kolwezi's on-site audit, 45 days ago ----

    private String kolweziAudit() {
        String audit = request(VOLTARIS, KOLWEZI, "ON_SITE_AUDIT");
        assign(audit, ASSESSOR);
        String report = evidence.upload(ASSESSOR, "kolwezi-site-visit-report.pdf", id(KOLWEZI));
        answerAll(ASSESSOR, audit, 3, Set.of(), report);
        as(ASSESSOR).run(SUBMIT, Map.of("in", Map.of("assessmentId", audit, "idempotencyKey", "demo-submit-kolwezi-audit")));
        finding(audit, "CRITICAL", "Minors seen at the artisanal pit edge",
                "Two minors were seen hauling ore at the edge of pit 3, where artisanal miners work the concession.", "LAB");
        finding(audit, "MAJOR", "Dust exposure above the limit at the crusher",
                "Respirable dust measured at 2.3 times the occupational limit; respirators not worn.", "OHS");
        finding(audit, "MINOR", "Grievance log not shared with the community forum",
                "Grievances are logged but the quarterly summary promised to the community forum was not sent.", "COM");
        finding(audit, "MINOR", "Spill kit missing at the fuel depot", "No spill kit at the fuel depot of the concentrator.", "ENV");
        finding(audit, "OBSERVATION", "Supplier code of conduct not yet translated into Swahili",
                "Contractors receive the French version only.", "GOV");
        publish(audit, "demo-publish-kolwezi-audit");
        return audit;
    }

    // ---- chapter 4: Kolwezi works on its actions, 30 days ago ----

    private void kolweziActions(String audit) {
        List<Map<String, Object>> actions = as(KOLWEZI).run(ACTIONS, Map.of("a", audit)).list("correctiveActions");
        List<String> majors = new ArrayList<>();
        List<String> minors = new ArrayList<>();
        for (Map<String, Object> a : actions) {
            if ("MAJOR".equals(a.get("severity"))) {
                majors.add((String) a.get("id"));
            } else if ("MINOR".equals(a.get("severity"))) {
                minors.add((String) a.get("id"));
            }
        }
        String gateLog = evidence.upload(KOLWEZI, "kolwezi-dust-monitoring-plan.pdf", null);
        // MAJOR: planned, submitted, sent back by the assessor: in progress again.
        String major = majors.get(0);
        plan(major, "Wet suppression at the crusher; fit-tested respirators for every shift", "Plant manager");
        as(KOLWEZI).run("mutation($in: ActionNoteInput!) { postActionProgress(input: $in) { action { status } userErrors { field code message } } }",
                Map.of("in", Map.of("actionId", major, "note", "Water sprays installed on the primary crusher", "evidenceDocumentIds", List.of(gateLog))));
        submit(major, "Dust monitoring plan attached");
        as(ASSESSOR).run("mutation($in: SendBackInput!) { sendBackCorrectiveAction(input: $in) { action { status } userErrors { field code message } } }",
                Map.of("in", Map.of("actionId", major, "reason", "No dust measurements after the sprays were installed")));
        // MINOR 1: submitted, waiting for verification. MINOR 2: verified.
        plan(minors.get(0), "Send the quarterly grievance summary to the community forum", "Community relations officer");
        submit(minors.get(0), "Summary sent on the forum's mailing list");
        plan(minors.get(1), "Spill kit at the fuel depot, checked weekly", "HSE manager");
        submit(minors.get(1), "Spill kit installed, checklist attached");
        as(ASSESSOR).run("mutation($in: ActionNoteInput!) { verifyCorrectiveAction(input: $in) { action { status } userErrors { field code message } } }",
                Map.of("in", Map.of("actionId", minors.get(1), "note", "Checked on the photos and the weekly checklist")));
        // The CRITICAL action stays open: it was due 30 days after publication and is overdue today.
    }

    private void plan(String action, String description, String owner) {
        as(KOLWEZI).run("mutation($in: PlanActionInput!) { planCorrectiveAction(input: $in) { action { status } userErrors { field code message } } }",
                Map.of("in", Map.of("actionId", action, "description", description, "owner", owner)));
    }

    private void submit(String action, String note) {
        as(KOLWEZI).run("mutation($in: ActionNoteInput!) { submitCorrectiveAction(input: $in) { action { status } userErrors { field code message } } }",
                Map.of("in", Map.of("actionId", action, "note", note)));
    }

    // ---- chapter 5: recent assessments and the next draft, 10 days ago ----

    private void recentAssessments() {
        String review = request(NORDWAGEN, COPPERBELT, "DESK_REVIEW");
        assign(review, ASSESSOR);
        answerAll(ASSESSOR, review, 4, Set.of());
        as(ASSESSOR).run(SUBMIT, Map.of("in", Map.of("assessmentId", review, "idempotencyKey", "demo-submit-copperbelt-review")));
        finding(review, "MINOR", "Smelter list not reconciled with the RMAP list this quarter",
                "The list of upstream smelters was last reconciled in the previous quarter.", "SCM");
        finding(review, "OBSERVATION", "Conflict minerals policy not signed by the board",
                "The policy is approved by management; the board's signature is pending.", "GOV");
        publish(review, "demo-publish-copperbelt-review");

        String certificateDocument = evidence.upload(ANDINO, "salar-andino-iso14001-certificate.pdf", null);
        String certificate = as(ANDINO).run("""
                mutation($in: RecordCertificateInput!) { recordCertificate(input: $in) { certificate { id } userErrors { field code message } } }""",
                Map.of("in", Map.of("schemeCode", "ISO_14001", "number", "EMS-CL-2291", "issuer", "Bureau Veritas Chile",
                        "validFrom", today.plusDays(45).minusYears(3).toString(), "validUntil", today.plusDays(45).toString(),
                        "documentId", certificateDocument))).string("recordCertificate.certificate.id");
        String recognition = request(VOLTARIS, ANDINO, "CERTIFICATE_RECOGNITION");
        assign(recognition, ASSESSOR);
        DemoSession.Data verified = as(ASSESSOR).run("""
                mutation($in: VerifyCertificateInput!) { verifyCertificate(input: $in) { assessment { answers { indicatorCode } } userErrors { field code message } } }""",
                Map.of("in", Map.of("assessmentId", recognition, "certificateId", certificate, "accept", true)));
        Set<String> byCertificate = new java.util.HashSet<>();
        verified.list("verifyCertificate.assessment.answers").forEach(a -> byCertificate.add((String) a.get("indicatorCode")));
        answerAll(ASSESSOR, recognition, 3, byCertificate);
        as(ASSESSOR).run(SUBMIT, Map.of("in", Map.of("assessmentId", recognition, "idempotencyKey", "demo-submit-andino-certificate")));
        publish(recognition, "demo-publish-andino-certificate");

        // The next version being prepared: an adopted proposal applied to a new draft.
        Map<String, Object> indicator = optionalScored().get(1);
        String proposal = propose(NORDWAGEN, (String) indicator.get("code"), Map.of("classification", "ESSENTIAL"),
                "Our customers' due diligence reports need this indicator from every supplier, so it should be essential.", 14);
        vote(VOLTARIS, proposal, "YES");
        vote(NORDWAGEN, proposal, "YES");
        closeEarly(proposal);
    }

    // ---- chapter 6: today ----

    private void today() {
        String inAYear = today.plusYears(1).toString();
        grant(KOLWEZI, "MEMBER", VOLTARIS, "FULL", inAYear);
        grant(KOLWEZI, "MEMBER", NORDWAGEN, "SUMMARY", inAYear);
        grant(ANDINO, "MEMBER", VOLTARIS, "FULL", inAYear);
        grant(COPPERBELT, "ALL_MEMBERS", null, "SUMMARY", null);
        grant(SULAWESI, "PUBLIC", null, "SUMMARY", null);
        // Voltaris asked Copperbelt for its full results and got them; Nordwagen's request to Salar Andino is pending.
        String asked = as(VOLTARIS).run("mutation($in: RequestSharingInput!) { requestSharing(input: $in) { request { id } userErrors { code message } } }",
                Map.of("in", Map.of("supplierId", id(COPPERBELT)))).string("requestSharing.request.id");
        as(COPPERBELT).run("""
                mutation($in: AcceptSharingRequestInput!) { acceptSharingRequest(input: $in) { request { status } userErrors { code message } } }""",
                Map.of("in", Map.of("requestId", asked, "level", "FULL", "validUntil", inAYear)));
        as(NORDWAGEN).run("mutation($in: RequestSharingInput!) { requestSharing(input: $in) { request { id } userErrors { code message } } }",
                Map.of("in", Map.of("supplierId", id(ANDINO))));
        // Nordwagen, which sees Kolwezi's summary, asks for more.
        as(NORDWAGEN).run("mutation($in: RequestSharingInput!) { requestSharing(input: $in) { request { id } userErrors { code message } } }",
                Map.of("in", Map.of("supplierId", id(KOLWEZI))));

        portfolio(VOLTARIS, KOLWEZI, "V-2001", "Battery metals", "OVER_10M");
        portfolio(VOLTARIS, ANDINO, "V-2002", "Battery metals", "FROM_1M_TO_10M");
        portfolio(VOLTARIS, COPPERBELT, "V-2003", "Battery metals", "FROM_1M_TO_10M");
        portfolio(VOLTARIS, SULAWESI, "V-2004", "Battery metals", "FROM_100K_TO_1M");
        portfolio(VOLTARIS, LUALABA, "V-2005", "Cobalt", "UNDER_100K");
        portfolio(NORDWAGEN, KOLWEZI, "NW-COB-7", "Cobalt", "FROM_1M_TO_10M");
        portfolio(NORDWAGEN, COPPERBELT, "NW-CU-3", "Copper", "OVER_10M");
        portfolio(NORDWAGEN, SULAWESI, "NW-NI-1", "Nickel", "FROM_1M_TO_10M");
        portfolio(NORDWAGEN, ANDINO, "NW-LI-2", "Lithium", "UNDER_100K");
        as(VOLTARIS).run("""
                mutation($in: RequirementProfileInput!) { createRequirementProfile(input: $in) { profile { updatedAt } userErrors { field code message } } }""",
                Map.of("in", Map.of("minCurrentRating", "BBB", "noOverdueCriticalActions", true, "minMethod", "CERTIFICATE_RECOGNITION",
                        "minDaysValid", 90)));
        // Voltaris's integration receives its events at the example receiver (examples/webhook-receiver), dev mode's loopback
        as(VOLTARIS).run("""
                mutation($in: RegisterWebhookEndpointInput!) { registerWebhookEndpoint(input: $in) { endpoint { id } userErrors { field code message } } }""",
                Map.of("in", Map.of("url", "http://127.0.0.1:8787/", "description", "Voltaris ERP (examples/webhook-receiver)")));

        // An open proposal: Voltaris has voted, Nordwagen not yet.
        Map<String, Object> indicator = optionalScored().get(2);
        String open = propose(VOLTARIS, (String) indicator.get("code"),
                Map.of("weight", new BigDecimal(indicator.get("weight").toString()).add(BigDecimal.ONE)),
                "Downstream customers ask for this indicator in every supplier review.", 14);
        vote(VOLTARIS, open, "YES");

        // A new request waiting for assignment (Copperbelt's desk review is not enough for Nordwagen here).
        request(NORDWAGEN, COPPERBELT, "ON_SITE_AUDIT");
        as(ANDES_AUDIT).run("""
                mutation($in: DeclareConflictOfInterestInput!) { declareConflictOfInterest(input: $in) { declaration { id } userErrors { field code message } } }""",
                Map.of("in", Map.of("counterpartyId", id(ANDINO), "kind", "CONSULTING",
                        "description", "We advised Salar Andino on its 2025 water management report.")));
        as(ASSESSOR).run("""
                mutation($in: DeclareConflictOfInterestInput!) { declareConflictOfInterest(input: $in) { declaration { id } userErrors { field code message } } }""",
                Map.of("in", Map.of("counterpartyId", id(LUALABA), "kind", "PERSONAL_TIES",
                        "description", "Our Lubumbashi office manager is related to Lualaba's managing director.")));

        // Members read what is shared with them: access records for the suppliers, usage for the members.
        String shared = "query($s: ID!) { sharedResults(supplierId: $s) { access summary { rating } } }";
        as(VOLTARIS).run(shared, Map.of("s", id(KOLWEZI)));
        as(VOLTARIS).run("query($s: ID!) { sharedResults(supplierId: $s) { access detail { findings { severity } } } }", Map.of("s", id(KOLWEZI)));
        as(VOLTARIS).run("query($s: ID!) { sharedResults(supplierId: $s) { access detail { findings { severity } } } }", Map.of("s", id(ANDINO)));
        as(NORDWAGEN).run(shared, Map.of("s", id(KOLWEZI)));
        as(NORDWAGEN).run(shared, Map.of("s", id(COPPERBELT)));
        as(VOLTARIS).run("{ portfolioSuppliers(first: 50) { nodes { name status } } }");
    }

    private void grant(DemoCast.Part supplier, String audience, DemoCast.Part member, String level, String validUntil) {
        Map<String, Object> in = new HashMap<>(Map.of("audience", audience, "level", level));
        if (member != null) {
            in.put("memberId", id(member));
        }
        if (validUntil != null) {
            in.put("validUntil", validUntil);
        }
        as(supplier).run("mutation($in: GrantSharingInput!) { grantSharing(input: $in) { grant { id } userErrors { field code message } } }",
                Map.of("in", in));
    }

    private void portfolio(DemoCast.Part member, DemoCast.Part supplier, String internalId, String category, String spendBand) {
        as(member).run("mutation($in: PortfolioRowInput!) { addToPortfolio(input: $in) { entry { id } userErrors { field code message } } }",
                Map.of("in", Map.of("supplierId", id(supplier), "internalId", internalId, "category", category, "spendBand", spendBand)));
    }

    // ---- assessment steps ----

    private String request(DemoCast.Part member, DemoCast.Part supplier, String method) {
        return as(member).run(REQUEST, Map.of("in", Map.of("supplierId", id(supplier), "minimumMethod", method)))
                .string("requestAssessment.request.assessmentId");
    }

    private void assign(String assessment, DemoCast.Part body) {
        as(OPERATOR).run(ASSIGN, Map.of("in", Map.of("assessmentId", assessment, "assessmentBodyId", id(body))));
    }

    private void publish(String assessment, String key) {
        as(ASSESSOR).run(PUBLISH, Map.of("in", Map.of("assessmentId", assessment, "idempotencyKey", key)));
    }

    private String finding(String assessment, String severity, String title, String description, String themePrefix) {
        List<String> applicable = as(ASSESSOR).run(APPLICABLE, Map.of("id", assessment)).list0("applicableIndicators");
        String code = applicable.stream().filter(c -> c.startsWith(themePrefix + "-")).findFirst().orElse(applicable.get(0));
        return as(ASSESSOR).run(FINDING, Map.of("in", Map.of("assessmentId", assessment, "severity", severity, "title", title,
                "description", description, "indicatorCodes", List.of(code)))).string("raiseFinding.finding.id");
    }

    private void answerAll(DemoCast.Part who, String assessment, int level, Set<String> skip) {
        answerAll(who, assessment, level, skip, null);
    }

    /** Answers every applicable indicator at about {@code level} (0–4), varied per indicator but the same every time. */
    private void answerAll(DemoCast.Part who, String assessment, int level, Set<String> skip, String evidenceDocument) {
        Map<String, Map<String, Object>> specs = indicators(who);
        List<String> applicable = as(who).run(APPLICABLE, Map.of("id", assessment)).list0("applicableIndicators");
        List<Map<String, Object>> answers = new ArrayList<>();
        for (String code : applicable) {
            if (!skip.contains(code)) {
                Map<String, Object> answer = DemoAnswers.answer(specs.get(code), level);
                if (evidenceDocument != null && answers.isEmpty()) {
                    answer.put("evidenceDocumentIds", List.of(evidenceDocument));
                    answer.put("comment", "See the site visit report, section 2.");
                }
                answers.add(answer);
            }
        }
        as(who).run(SAVE, Map.of("in", Map.of("assessmentId", assessment, "answers", answers)));
    }

    private Map<String, Map<String, Object>> indicators(DemoCast.Part who) {
        Map<String, Map<String, Object>> specs = new LinkedHashMap<>();
        String after = null;
        do {
            Map<String, Object> vars = new HashMap<>();
            vars.put("after", after);
            DemoSession.Data page = as(who).run(INDICATORS, vars);
            page.list("currentFramework.indicators.nodes").forEach(i -> specs.put((String) i.get("code"), i));
            after = Boolean.TRUE.equals(page.get("currentFramework.indicators.pageInfo.hasNextPage"))
                    ? page.string("currentFramework.indicators.pageInfo.endCursor") : null;
        } while (after != null);
        return specs;
    }

    /** Optional, scored YES_NO or MATURITY indicators of the version in force, by code: what the proposals change. */
    private List<Map<String, Object>> optionalScored() {
        return indicators(VOLTARIS).values().stream()
                .filter(i -> "OPTIONAL".equals(i.get("classification")))
                .filter(i -> "YES_NO".equals(i.get("answerType")) || "MATURITY".equals(i.get("answerType")))
                .sorted(java.util.Comparator.comparing(i -> (String) i.get("code")))
                .toList();
    }
}
