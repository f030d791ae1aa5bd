package org.assay.overview;

import org.assay.framework.AssessmentMethod;
import org.assay.framework.scoring.Rating;
import org.assay.portfolio.SpendBand;
import org.assay.sharing.AccessLevel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One supplier of a member's portfolio as the member may see it. When {@code access} is NOT_SHARED every result field
 * is null (masked here, whatever the query returned): the member learns only its own entry and the supplier's public
 * identity.
 *
 * @param essentialCodesBelowFloor essential indicators below the floor in the latest published assessment; null when
 *                                 unknown (not shared, nothing published, or not recorded)
 * @param actions                  unverified and overdue corrective actions by severity; null when not shared
 */
public record PortfolioRow(UUID entryId, UUID supplierId, String name, String country, String internalId, String category,
                           SpendBand spendBand, AccessLevel access, PortfolioSupplierStatus status, UUID assessmentId,
                           Rating publishedRating, Rating currentRating, BigDecimal overallScore, LocalDate validUntil,
                           AssessmentMethod method, List<String> essentialCodesBelowFloor, ActionTally actions,
                           PortfolioQuery.Keyset keyset) {

    /** Open (not verified) and overdue corrective actions by severity. */
    public record ActionTally(int openCritical, int openMajor, int openMinor, int overdueCritical, int overdueMajor, int overdueMinor) {
        public int overdueTotal() {
            return overdueCritical + overdueMajor + overdueMinor;
        }

        public int openTotal() {
            return openCritical + openMajor + openMinor;
        }
    }

    public boolean shared() {
        return access != AccessLevel.NOT_SHARED;
    }

    /** What a requirement profile reads. */
    public RequirementCheck.Facts facts() {
        if (!shared()) {
            return RequirementCheck.Facts.notShared();
        }
        return new RequirementCheck.Facts(true, assessmentId != null, currentRating, validUntil, method, essentialCodesBelowFloor,
                actions == null ? 0 : actions.overdueCritical());
    }

    /** A row of the portfolio query (columns in {@link PortfolioQuery#COLUMNS} order). */
    static PortfolioRow of(Object[] r) {
        Integer levelRank = r[8] == null ? null : ((Number) r[8]).intValue();
        AccessLevel access = levelRank == null ? AccessLevel.NOT_SHARED : levelRank >= 2 ? AccessLevel.FULL : AccessLevel.SUMMARY;
        String lname = (String) r[3];
        UUID supplierId = (UUID) r[1];
        PortfolioQuery.Keyset keyset = new PortfolioQuery.Keyset(((Number) r[23]).longValue(), lname, supplierId);
        String spend = (String) r[7];
        UUID entryId = (UUID) r[0];
        String name = (String) r[2];
        String country = (String) r[4];
        String internalId = (String) r[5];
        String category = (String) r[6];
        SpendBand spendBand = spend == null ? null : SpendBand.valueOf(spend);
        if (access == AccessLevel.NOT_SHARED) {
            return new PortfolioRow(entryId, supplierId, name, country, internalId, category, spendBand, access,
                    PortfolioSupplierStatus.NOT_SHARED, null, null, null, null, null, null, null, null, keyset);
        }
        String essentials = (String) r[15];
        return new PortfolioRow(entryId, supplierId, name, country, internalId, category, spendBand, access,
                PortfolioSupplierStatus.valueOf((String) r[22]), (UUID) r[9], rating(r[10]), rating(r[11]), (BigDecimal) r[12],
                date(r[13]), r[14] == null ? null : AssessmentMethod.valueOf((String) r[14]),
                essentials == null ? null : essentials.isEmpty() ? List.of() : Arrays.asList(essentials.split(",")),
                new ActionTally(i(r[16]), i(r[17]), i(r[18]), i(r[19]), i(r[20]), i(r[21])), keyset);
    }

    private static Rating rating(Object o) {
        return o == null ? null : Rating.valueOf((String) o);
    }

    private static int i(Object o) {
        return o == null ? 0 : ((Number) o).intValue();
    }

    static LocalDate date(Object o) {
        if (o == null) return null;
        if (o instanceof LocalDate d) return d;
        return ((java.sql.Date) o).toLocalDate();
    }
}
