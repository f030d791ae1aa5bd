package org.assay.framework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.platform.Clock;
import org.assay.platform.UserInputException;
import org.assay.platform.Validation;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Recognised certificate schemes (maintained by the operator) and, per DRAFT framework version, which indicators a
 * scheme's verified certificate answers and with what implied answer (yes/no for YES_NO, a maturity level for
 * MATURITY; NUMBER, TEXT and DOCUMENT indicators cannot be answered by a certificate).
 */
@ApplicationScoped
public class CertificationService {

    static final Pattern CODE = Pattern.compile("[A-Z0-9_]{2,40}");

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public List<CertificationScheme> schemes(boolean includeInactive) {
        return em.createQuery("from CertificationScheme s" + (includeInactive ? "" : " where s.active = true") + " order by s.code",
                CertificationScheme.class).getResultList();
    }

    public Set<String> activeSchemeCodes() {
        return schemes(false).stream().map(s -> s.code).collect(Collectors.toSet());
    }

    public CertificationScheme create(String code, String name, String issuer, String description) {
        Validation v = new Validation();
        String c = code == null ? null : code.strip();
        if (v.required("input.code", c)) {
            if (!CODE.matcher(c).matches()) {
                v.add("input.code", FrameworkErrorCode.INVALID_FORMAT, "scheme codes are 2-40 upper-case letters, digits or underscores, e.g. ISO_14001");
            } else if (em.find(CertificationScheme.class, c) != null) {
                v.add("input.code", FrameworkErrorCode.DUPLICATE, "a scheme with code " + c + " already exists");
            }
        }
        details(v, name, issuer, description, true);
        v.throwIfAny();
        CertificationScheme s = new CertificationScheme();
        s.code = c;
        s.name = name.strip();
        s.issuer = issuer.strip();
        s.description = description == null ? "" : description.strip();
        s.active = true;
        s.createdAt = clock.now();
        em.persist(s);
        return s;
    }

    public CertificationScheme update(String code, String name, String issuer, String description) {
        CertificationScheme s = find(code);
        Validation v = new Validation();
        details(v, name, issuer, description, false);
        v.throwIfAny();
        if (name != null) s.name = name.strip();
        if (issuer != null) s.issuer = issuer.strip();
        if (description != null) s.description = description.strip();
        return s;
    }

    public CertificationScheme setActive(String code, boolean active) {
        CertificationScheme s = find(code);
        if (s.active == active) {
            throw new UserInputException("input.code", active ? FrameworkErrorCode.ALREADY_ACTIVE : FrameworkErrorCode.ALREADY_INACTIVE,
                    "scheme " + s.code + " is already " + (active ? "active" : "inactive"));
        }
        s.active = active;
        return s;
    }

    private CertificationScheme find(String code) {
        CertificationScheme s = code == null ? null : em.find(CertificationScheme.class, code.strip());
        if (s == null) {
            throw new UserInputException("input.code", FrameworkErrorCode.NOT_FOUND, "no certification scheme " + code);
        }
        return s;
    }

    private static void details(Validation v, String name, String issuer, String description, boolean required) {
        if (required ? v.required("input.name", name) : name != null) {
            if (name.isBlank()) v.add("input.name", FrameworkErrorCode.REQUIRED, "name must not be blank");
            v.maxLength("input.name", name.strip(), 200);
        }
        if (required ? v.required("input.issuer", issuer) : issuer != null) {
            if (issuer.isBlank()) v.add("input.issuer", FrameworkErrorCode.REQUIRED, "issuer must not be blank");
            v.maxLength("input.issuer", issuer.strip(), 200);
        }
        if (description != null) {
            v.maxLength("input.description", description.strip(), 2000);
        }
    }

    // ---- equivalences ----

    public List<CertificationEquivalence> equivalences(UUID versionId, String schemeCode, String indicatorCode) {
        StringBuilder jpql = new StringBuilder("from CertificationEquivalence e where e.key.versionId = :v");
        if (schemeCode != null) jpql.append(" and e.key.schemeCode = :s");
        if (indicatorCode != null) jpql.append(" and e.key.indicatorCode = :i");
        jpql.append(" order by e.key.schemeCode, e.key.indicatorCode");
        var q = em.createQuery(jpql.toString(), CertificationEquivalence.class).setParameter("v", versionId);
        if (schemeCode != null) q.setParameter("s", schemeCode);
        if (indicatorCode != null) q.setParameter("i", indicatorCode);
        return q.getResultList();
    }

    /** Sets (creates or replaces) what a scheme's certificate answers for one indicator of the draft version. */
    public CertificationEquivalence set(FrameworkVersion draft, String schemeCode, String indicatorCode, Boolean impliedYes, Integer impliedMaturity) {
        Validation v = new Validation();
        CertificationScheme scheme = schemeCode == null ? null : em.find(CertificationScheme.class, schemeCode.strip());
        if (v.required("input.schemeCode", schemeCode)) {
            if (scheme == null) {
                v.add("input.schemeCode", FrameworkErrorCode.NOT_FOUND, "no certification scheme " + schemeCode);
            } else if (!scheme.active) {
                v.add("input.schemeCode", FrameworkErrorCode.SCHEME_INACTIVE, "scheme " + scheme.code + " is deactivated; reactivate it first");
            }
        }
        Indicator indicator = null;
        if (v.required("input.indicatorCode", indicatorCode)) {
            indicator = em.createQuery("from Indicator i where i.versionId = :v and i.code = :c", Indicator.class)
                    .setParameter("v", draft.id).setParameter("c", indicatorCode.strip()).getResultStream().findFirst().orElse(null);
            if (indicator == null) {
                v.add("input.indicatorCode", FrameworkErrorCode.NOT_FOUND, "no indicator " + indicatorCode + " in framework version " + draft.label());
            }
        }
        if (indicator != null) {
            switch (indicator.answerType) {
                case YES_NO -> {
                    if (impliedYes == null) v.add("input.impliedYes", FrameworkErrorCode.REQUIRED, indicator.code + " is a YES_NO indicator: give impliedYes");
                    if (impliedMaturity != null) v.add("input.impliedMaturity", FrameworkErrorCode.NOT_ALLOWED, indicator.code + " is a YES_NO indicator");
                }
                case MATURITY -> {
                    if (impliedMaturity == null) {
                        v.add("input.impliedMaturity", FrameworkErrorCode.REQUIRED, indicator.code + " is a MATURITY indicator: give impliedMaturity (0-4)");
                    } else if (impliedMaturity < 0 || impliedMaturity > 4) {
                        v.add("input.impliedMaturity", FrameworkErrorCode.OUT_OF_RANGE, "maturity level is 0 to 4");
                    }
                    if (impliedYes != null) v.add("input.impliedYes", FrameworkErrorCode.NOT_ALLOWED, indicator.code + " is a MATURITY indicator");
                }
                default -> v.add("input.indicatorCode", FrameworkErrorCode.NOT_CERTIFIABLE, indicator.code + " is a " + indicator.answerType
                        + " indicator: only YES_NO and MATURITY indicators can be answered by a certificate");
            }
        }
        v.throwIfAny();
        CertificationEquivalence.Key key = new CertificationEquivalence.Key(draft.id, scheme.code, indicator.code);
        CertificationEquivalence e = em.find(CertificationEquivalence.class, key);
        if (e == null) {
            e = new CertificationEquivalence();
            e.key = key;
            e.impliedYes = impliedYes;
            e.impliedMaturity = impliedMaturity == null ? null : impliedMaturity.shortValue();
            em.persist(e);
        } else {
            e.impliedYes = impliedYes;
            e.impliedMaturity = impliedMaturity == null ? null : impliedMaturity.shortValue();
        }
        em.flush();
        return e;
    }

    public CertificationEquivalence remove(FrameworkVersion draft, String schemeCode, String indicatorCode) {
        CertificationEquivalence e = schemeCode == null || indicatorCode == null ? null
                : em.find(CertificationEquivalence.class, new CertificationEquivalence.Key(draft.id, schemeCode.strip(), indicatorCode.strip()));
        if (e == null) {
            throw new UserInputException("input", FrameworkErrorCode.NOT_FOUND, "scheme " + schemeCode + " is not mapped to " + indicatorCode
                    + " in framework version " + draft.label());
        }
        em.remove(e);
        em.flush();
        return e;
    }
}
