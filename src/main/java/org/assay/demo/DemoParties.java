package org.assay.demo;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo organisations and their people ({@link DemoCast}), admitted through the API by the operator: the operator
 * organisation and its person by the IdP's bootstrap operator role (as a real first start would), everything else by
 * the demo operator. Looks up first, so it is idempotent.
 */
final class DemoParties {

    private static final String ORGANISATIONS = "{ organisations(first: 100) { nodes { id name } } }";
    private static final String ADMIT = """
            mutation($in: AdmitOrganisationInput!) { admitOrganisation(input: $in) {
              organisation { id } userErrors { field code message } } }""";
    private static final String ME = "{ me { member } }";
    private static final String ADD_PERSON = """
            mutation($in: AddPersonInput!) { addPerson(input: $in) { person { id } userErrors { field code message } } }""";

    private final String operatorRole;

    DemoParties(String operatorRole) {
        this.operatorRole = operatorRole;
    }

    /** Global organisation ids by {@link DemoCast.Part#key()}. */
    Map<String, String> ensure() {
        DemoSession bootstrap = DemoSession.bootstrap(operatorRole);
        Map<String, String> ids = new LinkedHashMap<>();
        ensure(bootstrap, DemoCast.OPERATOR, ids, existing(bootstrap));
        DemoSession operator = DemoSession.as(DemoCast.OPERATOR);
        Map<String, String> existing = existing(operator);
        for (DemoCast.Part part : DemoCast.ALL) {
            if (part != DemoCast.OPERATOR) {
                ensure(operator, part, ids, existing);
            }
        }
        return ids;
    }

    private static Map<String, String> existing(DemoSession as) {
        Map<String, String> byName = new HashMap<>();
        for (Map<String, Object> o : as.run(ORGANISATIONS).list("organisations.nodes")) {
            byName.put((String) o.get("name"), (String) o.get("id"));
        }
        return byName;
    }

    private static void ensure(DemoSession as, DemoCast.Part part, Map<String, String> ids, Map<String, String> existing) {
        String id = existing.get(part.name());
        if (id == null) {
            Map<String, Object> identifiers = new HashMap<>();
            put(identifiers, "lei", part.lei());
            put(identifiers, "duns", part.duns());
            put(identifiers, "nationalRegistryNumber", part.registry());
            id = as.run(ADMIT, Map.of("in", Map.of("kind", part.kind(), "name", part.name(), "country", part.country(),
                    "identifiers", identifiers))).string("admitOrganisation.organisation.id");
        }
        ids.put(part.key(), id);
        if (!Boolean.TRUE.equals(DemoSession.as(part).run(ME).get("me.member"))) {
            as.run(ADD_PERSON, Map.of("in", Map.of("organisationId", id, "subject", part.user(), "displayName", part.displayName(),
                    "admin", true)));
        }
    }

    private static void put(Map<String, Object> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    static List<DemoCast.Part> parts() {
        return DemoCast.ALL;
    }
}
