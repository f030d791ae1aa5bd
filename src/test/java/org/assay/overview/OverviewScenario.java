package org.assay.overview;

import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.assay.support.PortfolioFacts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One member's portfolio of nine suppliers covering every status, grant kind and action situation, written in SQL
 * (see {@link PortfolioFacts}). Names start with a unique tag so the test can tell them apart.
 *
 * <pre>
 * Alpha   MEMBER grant SUMMARY   AA, desk review, valid +400 d, themes ENV 80 / SOC 70, CAHRA cobalt site in CD   RATED
 * Bravo   ALL_MEMBERS grant FULL B (A once criticals closed), self-assessment, valid +30 d; critical + major overdue,
 *                                minor open; copper site in ZM                                                    EXPIRING
 * Charlie PUBLIC grant SUMMARY   BBB on-site audit expired yesterday (an older AAA before it)                      EXPIRED
 * Delta   MEMBER grant SUMMARY   an assessment under way, nothing published                                        IN_PROGRESS
 * Echo    MEMBER grant FULL      nothing                                                                            NOT_ASSESSED
 * Foxtrot no grant               AAA with an overdue critical action (must not show or count)                       NOT_SHARED
 * Golf    grant to another member only, AA                                                                          NOT_SHARED
 * Hotel   own grant revoked, and another expired yesterday; A                                                       NOT_SHARED
 * India   MEMBER grant SUMMARY   B with a critical finding whose action is verified: current BBB; valid +365 d     RATED
 * </pre>
 */
record OverviewScenario(Fixtures.Party member, String tag, Map<String, UUID> suppliers, LocalDate today) {

    static final List<String> NAMES = List.of("Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India");

    String name(String shortName) {
        return tag + " " + shortName;
    }

    UUID id(String shortName) {
        return suppliers.get(shortName);
    }

    static OverviewScenario create(PortfolioFacts facts, LocalDate today) {
        Fixtures.Party member = Fixtures.party("MEMBER_FIRM", "Overview Buyer", "DE");
        Fixtures.Party other = Fixtures.party("MEMBER_FIRM", "Overview Other Buyer", "JP");
        UUID m = UUID.fromString(member.organisationId());
        UUID otherMember = UUID.fromString(other.organisationId());
        String tag = "Ov" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, UUID> s = new java.util.LinkedHashMap<>();
        String[] countries = {"CD", "CD", "CN", "ID", "CL", "CD", "CN", "ZA", "CN"};
        for (int i = 0; i < NAMES.size(); i++) {
            s.put(NAMES.get(i), facts.supplier(tag + " " + NAMES.get(i), countries[i]));
        }
        Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS);

        // Alpha
        facts.entry(m, s.get("Alpha"), "A-1", "Battery", "OVER_10M");
        facts.site(s.get("Alpha"), "Alpha pit", "CD", List.of("COBALT", "COPPER"), true, false);
        facts.site(s.get("Alpha"), "Alpha old pit", "ZM", List.of("GOLD"), false, true);
        facts.grant(s.get("Alpha"), "MEMBER", m, "SUMMARY", null);
        facts.published(s.get("Alpha")).rating("AA").overall("78.50").validUntil(today.plusDays(400)).method("DESK_REVIEW")
                .theme("ENV", "80.00").theme("SOC", "70.00").save();

        // Bravo
        facts.entry(m, s.get("Bravo"), "B-2", "Battery", "UNDER_100K");
        facts.site(s.get("Bravo"), "Bravo smelter", "ZM", List.of("COPPER"), false, false);
        facts.grant(s.get("Bravo"), "ALL_MEMBERS", null, "FULL", null);
        PortfolioFacts.Assessed bravo = facts.published(s.get("Bravo")).rating("B").ratingIfCriticalsClosed("A").overall("66.00")
                .validUntil(today.plusDays(30)).method("SELF_ASSESSMENT").theme("ENV", "60.00")
                .finding("CRITICAL").finding("MAJOR").finding("MINOR").finding("OBSERVATION").save();
        facts.action(bravo, 0, "OPEN", today.minusDays(1));
        facts.action(bravo, 1, "IN_PROGRESS", today.minusDays(5));
        facts.action(bravo, 2, "SUBMITTED", today.plusDays(10));

        // Charlie: an older, better assessment, then the latest one, expired yesterday
        facts.entry(m, s.get("Charlie"), "C-3", "Steel", "FROM_1M_TO_10M");
        facts.grant(s.get("Charlie"), "PUBLIC", null, "SUMMARY", null);
        facts.published(s.get("Charlie")).rating("AAA").overall("90.00").validUntil(today.minusDays(30)).method("ON_SITE_AUDIT")
                .publishedAt(yesterday.minus(400, ChronoUnit.DAYS)).save();
        facts.published(s.get("Charlie")).rating("BBB").overall("58.00").validUntil(today.minusDays(1)).method("ON_SITE_AUDIT")
                .publishedAt(yesterday.minus(300, ChronoUnit.DAYS)).theme("GOV", null).save();

        // Delta
        facts.entry(m, s.get("Delta"), "D-4", "Steel", null);
        facts.grant(s.get("Delta"), "MEMBER", m, "SUMMARY", today.plusDays(10));
        facts.openAssessment(s.get("Delta"), "DESK_REVIEW");

        // Echo
        facts.entry(m, s.get("Echo"), null, null, null);
        facts.grant(s.get("Echo"), "MEMBER", m, "FULL", today);

        // Foxtrot: results exist but are not shared with anyone
        facts.entry(m, s.get("Foxtrot"), "F-6", "Battery", "OVER_10M");
        facts.site(s.get("Foxtrot"), "Foxtrot pit", "CD", List.of("COBALT"), true, false);
        PortfolioFacts.Assessed foxtrot = facts.published(s.get("Foxtrot")).rating("AAA").overall("95.00").validUntil(today.plusDays(20))
                .theme("ENV", "99.00").finding("CRITICAL").save();
        facts.action(foxtrot, 0, "OPEN", today.minusDays(3));

        // Golf: shared with another member only
        facts.entry(m, s.get("Golf"), "G-7", "Battery", null);
        facts.profile(s.get("Golf"), List.of("LITHIUM"));
        facts.grant(s.get("Golf"), "MEMBER", otherMember, "FULL", null);
        facts.published(s.get("Golf")).rating("AA").validUntil(today.plusDays(200)).save();

        // Hotel: grants revoked or past their end
        facts.entry(m, s.get("Hotel"), "H-8", null, "FROM_100K_TO_1M");
        facts.revoke(facts.grant(s.get("Hotel"), "MEMBER", m, "FULL", null));
        facts.grant(s.get("Hotel"), "ALL_MEMBERS", null, "SUMMARY", today.minusDays(1));
        facts.published(s.get("Hotel")).rating("A").validUntil(today.plusDays(200)).save();

        // India: the critical cap is lifted once the critical action is verified
        facts.entry(m, s.get("India"), "I-9", "Battery", "FROM_100K_TO_1M");
        facts.grant(s.get("India"), "MEMBER", m, "SUMMARY", null);
        PortfolioFacts.Assessed india = facts.published(s.get("India")).rating("B").ratingIfCriticalsClosed("BBB").overall("57.00")
                .validUntil(today.plusDays(365)).method("ON_SITE_AUDIT").essentialsBelowFloor(List.of("ENV-01"))
                .finding("CRITICAL").save();
        facts.action(india, 0, "VERIFIED", today.minusDays(2));

        return new OverviewScenario(member, tag, s, today);
    }

    Gql client() {
        return member.client();
    }
}
