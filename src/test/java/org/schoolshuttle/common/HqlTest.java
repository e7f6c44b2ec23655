package org.schoolshuttle.common;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HqlTest {

    @Test
    void spellsOutEachValueOfACollectionPaddedToAPowerOfTwo() {
        Hql q = Hql.of("schoolId = ?1 and id in ?2 order by id", 7L, List.of(3L, 4L, 5L));
        assertEquals("schoolId = :p1 and id in (:p2_0, :p2_1, :p2_2, :p2_3) order by id", q.text());
        assertEquals(Map.of("p1", 7L, "p2_0", 3L, "p2_1", 4L, "p2_2", 5L, "p2_3", 5L), q.parameters());
    }

    @Test
    void sameSizedListsGiveTheSameTextSoHibernateReusesTheirPlan() {
        assertEquals(Hql.of("id in ?1", List.of(1L, 2L, 3L)).text(), Hql.of("id in ?1", List.of(9L, 8L, 7L, 6L)).text());
    }

    @Test
    void namedParametersAndNamesThatStartAlike() {
        Hql q = Hql.named("villageId in :villages and villagesSeen = :villagesSeen",
                Map.of("villages", Set.of(2L), "villagesSeen", 1));
        assertEquals("villageId in (:villages_0, :villages_1) and villagesSeen = :villagesSeen", q.text());
        assertEquals(Map.of("villages_0", 2L, "villages_1", 2L, "villagesSeen", 1), q.parameters());
        assertEquals("a = :p1 and b in (:p10_0, :p10_1)",
                Hql.of("a = ?1 and b in ?10", 1, 2, 3, 4, 5, 6, 7, 8, 9, List.of(10)).text());
    }

    @Test
    void emptyAndVeryLongListsStayOneCollectionParameter() {
        List<Long> many = new ArrayList<>();
        for (long i = 0; i <= Hql.LONGEST_SPELLED_OUT; i++) {
            many.add(i);
        }
        assertEquals("id in :p1", Hql.of("id in ?1", List.of()).text());
        assertEquals("id in :p1", Hql.of("id in ?1", many).text());
        assertEquals(many, Hql.of("id in ?1", many).parameters().get("p1"));
    }
}
