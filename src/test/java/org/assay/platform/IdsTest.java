package org.assay.platform;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Global ids and the two forms of id every input takes during the deprecation period. */
class IdsTest {

    static final NodeType ORGANISATION = new NodeType("Organisation");
    static final UUID ID = UUID.fromString("6f7c1f0e-2b8a-4c1d-9e2f-3a4b5c6d7e8f");

    @Test
    void aGlobalIdIsOpaqueAndReadsBackToItsTypeAndId() {
        String global = ORGANISATION.id(ID);
        assertTrue(global.matches("[A-Za-z0-9_-]+"), global);
        assertTrue(!global.contains(ID.toString()), "opaque: the raw id does not show");
        assertEquals(new GlobalId("Organisation", ID), GlobalId.decode(global).orElseThrow());
        assertNotEquals(global, new NodeType("Assessment").id(ID), "the type is part of the id");
    }

    @Test
    void inputsTakeTheGlobalIdOrTheLegacyRawId() {
        for (String form : List.of(ORGANISATION.id(ID), ID.toString())) {
            assertEquals(ID, Ids.parse("id", form, ORGANISATION));
            assertEquals(ID, Ids.parseInput("input.id", form, ORGANISATION));
            assertEquals(ID, Ids.parse("id", form));
        }
    }

    @Test
    void anythingElseIsAClientError() {
        String otherType = new NodeType("Assessment").id(ID);
        for (String bad : List.of("not-an-id", "", "T3JnYW5pc2F0aW9uOm5vdC1hLXV1aWQ", otherType, "1-1-1-1-1")) {
            assertThrows(InvalidArgumentException.class, () -> Ids.parse("id", bad, ORGANISATION), bad);
            UserInputException e = assertThrows(UserInputException.class, () -> Ids.parseInput("input.id", bad, ORGANISATION), bad);
            assertEquals(InputErrorCode.INVALID_ID, e.errors().get(0).code());
        }
        // untyped parsing accepts a global id of any type: its object is then simply not found where it does not belong
        assertEquals(ID, Ids.parse("id", otherType));
    }

    @Test
    void fieldPathsBecomeSegments() {
        assertEquals(List.of("input", "identifiers", "lei"), FieldPath.segments("input.identifiers.lei"));
        assertEquals(List.of("input", "rows", "3", "supplierId"), FieldPath.segments("input.rows.3.supplierId"));
        assertEquals(List.of("themes", "2", "topics", "0", "weight"), FieldPath.segments("themes[2].topics[0].weight"));
        assertEquals(List.of("m", "1", "2"), FieldPath.segments("m[1][2]"));
        assertEquals(null, FieldPath.segments(null));
    }
}
