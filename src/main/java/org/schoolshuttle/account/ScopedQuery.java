package org.schoolshuttle.account;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import org.schoolshuttle.common.Hql;
import org.schoolshuttle.common.NotFoundException;
import org.schoolshuttle.common.Page;
import org.schoolshuttle.common.PageRequest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The filter of a list: always limited to the caller's villages, then narrowed by whatever the client
 * asked for. Objects that belong to a village directly filter on {@code villageId}; others say through
 * which path they do (a child through its school).
 */
public final class ScopedQuery {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    private ScopedQuery() {
    }

    /**
     * @param villageId the one village asked for, or {@code null} for all the caller may see
     * @throws NotFoundException when the village asked for is outside the caller's scope
     */
    public static ScopedQuery inVillages(AccessPolicy access, Long villageId) {
        return inVillages(access, villageId, "villageId in :villages");
    }

    /**
     * @param villageCondition HQL that limits the objects to the villages bound as {@code :villages}, e.g.
     *                         {@code "schoolId in (select s.id from School s where s.villageId in :villages)"}
     * @throws NotFoundException when the village asked for is outside the caller's scope
     */
    public static ScopedQuery inVillages(AccessPolicy access, Long villageId, String villageCondition) {
        if (villageId != null && !access.coversVillage(villageId)) {
            throw new NotFoundException("Village", villageId);
        }
        Set<Long> villages = villageId != null ? Set.of(villageId) : access.villageScope();
        ScopedQuery query = new ScopedQuery();
        if (villages != null && villages.isEmpty()) {
            // A coordinator without villages sees nothing; an empty "in ()" is not valid SQL everywhere.
            query.conditions.add("1 = 0");
        } else if (villages != null) {
            query.and(villageCondition, "villages", villages);
        }
        return query;
    }

    /** A query over everything, for callers allowed to see all (parents reading the school directory). */
    public static ScopedQuery unscoped() {
        return new ScopedQuery();
    }

    /** Adds the condition when the value is given; a {@code null} value means "any". */
    public ScopedQuery and(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            params.put(name, value);
        }
        return this;
    }

    /** Adds a condition that takes no value. */
    public ScopedQuery where(String condition) {
        conditions.add(condition);
        return this;
    }

    public <T, V> Page<V> page(PanacheRepository<T> repository, Sort sort, PageRequest page, Function<T, V> view) {
        Hql hql = hql();
        List<V> items = hql.find(repository, sort).page(page.panache()).list().stream().map(view).toList();
        // Counted by a query of our own: Panache derives the count from the page query anew on every call, and
        // Hibernate cannot cache the plan of a derived query.
        return new Page<>(items, page.page(), page.size(), hql.count(repository));
    }

    private Hql hql() {
        return Hql.named(conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions), params);
    }
}
