package org.schoolshuttle.fleet;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import org.schoolshuttle.account.AccessPolicy;
import org.schoolshuttle.common.NotFoundException;
import org.schoolshuttle.common.Page;
import org.schoolshuttle.common.PageRequest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The filter of a fleet list: always the caller's villages, then whatever the client asked to narrow by. */
final class ListQuery {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    private ListQuery() {
    }

    /**
     * @param villageId the one village asked for, or {@code null} for all the caller may see
     * @throws NotFoundException when the village asked for is outside the caller's scope
     */
    static ListQuery inVillages(AccessPolicy access, Long villageId) {
        if (villageId != null && !access.coversVillage(villageId)) {
            throw new NotFoundException("Village", villageId);
        }
        Set<Long> villages = villageId != null ? Set.of(villageId) : access.villageScope();
        ListQuery query = new ListQuery();
        if (villages != null && villages.isEmpty()) {
            // A coordinator without villages sees nothing; an empty "in ()" is not valid SQL everywhere.
            query.conditions.add("1 = 0");
        } else if (villages != null) {
            query.and("villageId in :villages", "villages", villages);
        }
        return query;
    }

    /** Adds the condition when the value is given; a {@code null} value means "any". */
    ListQuery and(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            params.put(name, value);
        }
        return this;
    }

    <T, V> Page<V> page(PanacheRepository<T> repository, Sort sort, PageRequest page, Function<T, V> view) {
        PanacheQuery<T> query = repository.find(conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions), sort, params);
        List<V> items = query.page(page.panache()).list().stream().map(view).toList();
        return new Page<>(items, page.page(), page.size(), query.count());
    }
}
