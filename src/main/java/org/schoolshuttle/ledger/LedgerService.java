package org.schoolshuttle.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.schoolshuttle.account.AccessPolicy;
import org.schoolshuttle.account.AuditLog;
import org.schoolshuttle.common.DomainRuleException;
import org.schoolshuttle.common.NotFoundException;
import org.schoolshuttle.funding.CoveredRuns;
import org.schoolshuttle.route.Route;
import org.schoolshuttle.route.RouteRepository;
import org.schoolshuttle.run.DailyRun;
import org.schoolshuttle.run.Riders;
import org.schoolshuttle.run.RunStatus;
import org.schoolshuttle.school.SchoolRepository;
import org.schoolshuttle.sponsor.Sponsor;
import org.schoolshuttle.sponsor.SponsorRepository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Coordinators record and remove a route's costs and income; sponsors read the totals of what they fund. */
@ApplicationScoped
public class LedgerService {

    static final String AUDIT_TYPE = "ledger-entry";

    private final LedgerEntryRepository entries;
    private final RouteRepository routes;
    private final SchoolRepository schools;
    private final SponsorRepository sponsors;
    private final CoveredRuns coveredRuns;
    private final Riders riders;
    private final EntityManager em;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;

    LedgerService(LedgerEntryRepository entries, RouteRepository routes, SchoolRepository schools,
                  SponsorRepository sponsors, CoveredRuns coveredRuns, Riders riders, EntityManager em,
                  AccessPolicy access, AuditLog audit, Clock clock) {
        this.entries = entries;
        this.routes = routes;
        this.schools = schools;
        this.sponsors = sponsors;
        this.coveredRuns = coveredRuns;
        this.riders = riders;
        this.em = em;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws NotFoundException   when the route is outside the caller's villages
     * @throws DomainRuleException when the sponsor is missing for sponsor funds, named for anything else, or of
     *                             another village, or the month is more than a year ahead
     */
    @Transactional
    public LedgerEntryView record(long routeId, LedgerEntryRequest request) {
        Route route = visibleRoute(routeId);
        long villageId = schools.findById(route.schoolId).villageId;
        if (request.category() == LedgerCategory.SPONSOR_FUNDS) {
            if (request.sponsorId() == null) {
                throw new DomainRuleException("sponsorId", "is required for SPONSOR_FUNDS: whose funds are these?");
            }
            Sponsor sponsor = sponsors.findById(request.sponsorId());
            if (sponsor == null || sponsor.villageId != villageId) {
                throw new DomainRuleException("sponsorId", "there is no sponsor " + request.sponsorId()
                        + " in the route's village");
            }
        } else if (request.sponsorId() != null) {
            throw new DomainRuleException("sponsorId", "only sponsor funds (SPONSOR_FUNDS) name a sponsor");
        }
        YearMonth latest = YearMonth.now(clock.withZone(ZoneOffset.UTC)).plusMonths(12);
        if (request.month().isAfter(latest) || request.month().getYear() < 2000) {
            throw new DomainRuleException("month", "must be between 2000-01 and " + latest);
        }
        LedgerEntry e = new LedgerEntry();
        e.villageId = villageId;
        e.routeId = route.id;
        e.month = request.month().atDay(1);
        e.category = request.category();
        e.amount = request.amount().setScale(2, RoundingMode.UNNECESSARY);
        e.sponsorId = request.sponsorId();
        e.note = request.note() == null || request.note().isBlank() ? null : request.note().trim();
        e.recordedBy = access.caller().accountId();
        e.recordedAt = clock.instant();
        entries.persist(e);
        audit.created(AUDIT_TYPE, e.id, e.villageId, e.snapshot());
        return LedgerEntryView.from(e);
    }

    /** Removes a mistaken entry; the audit log keeps what it said. */
    @Transactional
    public void delete(long entryId) {
        LedgerEntry e = entries.findById(entryId);
        if (e == null || !access.coversVillage(e.villageId)) {
            throw new NotFoundException("Ledger entry", entryId);
        }
        audit.deleted(AUDIT_TYPE, e.id, e.villageId, e.snapshot());
        entries.delete(e);
    }

    /** A route's entries, totals and what it delivered in one month. */
    @Transactional
    public RouteMonthView routeMonth(long routeId, YearMonth month) {
        Route route = visibleRoute(routeId);
        List<LedgerEntry> found = entries.list("routeId = ?1 and month = ?2 order by category, id", route.id, month.atDay(1));
        LedgerTotals totals = LedgerTotals.of(found);
        List<Long> runs = em.createQuery("select r.id from DailyRun r where r.routeId = :route and r.status = :done "
                        + "and r.serviceDate between :from and :to", Long.class)
                .setParameter("route", route.id).setParameter("done", RunStatus.COMPLETED)
                .setParameter("from", month.atDay(1)).setParameter("to", month.atEndOfMonth()).getResultList();
        Riders.Count rode = riders.of(runs);
        BigDecimal fees = totals.byCategory().getOrDefault(LedgerCategory.FAMILY_FEES, BigDecimal.ZERO);
        return new RouteMonthView(route.id, route.name, month, found.stream().map(LedgerEntryView::from).toList(), totals,
                runs.size(), rode.children(), rode.families(), perHead(totals.costs(), rode.children()),
                perHead(fees, rode.families()));
    }

    /**
     * The totals a sponsor may see; its own login, or the village's coordinators.
     *
     * @throws NotFoundException when the sponsor is not the caller's own or outside the caller's villages
     */
    @Transactional
    public SponsorLedgerView sponsor(long sponsorId, YearMonth from, YearMonth to) {
        visibleSponsor(sponsorId);
        if (to.isBefore(from)) {
            throw new DomainRuleException("to", "must not be before from");
        }
        List<DailyRun> covered = coveredRuns.of(sponsorId, from.atDay(1), to.atEndOfMonth());
        Set<Long> routeIds = coveredRuns.routes(sponsorId, from.atDay(1), to.atEndOfMonth(), covered);
        return new SponsorLedgerView(sponsorId, from, to, new java.util.TreeSet<>(routeIds),
                LedgerTotals.of(of(routeIds, from, to)), fundsFrom(sponsorId, from, to));
    }

    /** The village of a route the caller may see, for pages that list the village's sponsors beside it. */
    @Transactional
    public long villageOf(long routeId) {
        return schools.findById(visibleRoute(routeId).schoolId).villageId;
    }

    /** Entries of the routes in the months, for reports. */
    public List<LedgerEntry> of(Collection<Long> routeIds, YearMonth from, YearMonth to) {
        if (routeIds.isEmpty()) {
            return List.of();
        }
        return entries.list("routeId in ?1 and month between ?2 and ?3 order by month, id", routeIds,
                from.atDay(1), to.atDay(1));
    }

    /** The village's entries in the months, for reports. */
    public List<LedgerEntry> ofVillage(long villageId, YearMonth from, YearMonth to) {
        return entries.list("villageId = ?1 and month between ?2 and ?3 order by month, id", villageId,
                from.atDay(1), to.atDay(1));
    }

    /** Sponsor funds recorded from one sponsor in the months, for reports. */
    public BigDecimal fundsFrom(long sponsorId, YearMonth from, YearMonth to) {
        BigDecimal sum = em.createQuery("select sum(e.amount) from LedgerEntry e where e.sponsorId = :sponsor "
                        + "and e.month between :from and :to", BigDecimal.class)
                .setParameter("sponsor", sponsorId).setParameter("from", from.atDay(1)).setParameter("to", to.atDay(1))
                .getSingleResult();
        return sum == null ? BigDecimal.ZERO.setScale(2) : sum.setScale(2);
    }

    /** @return the amount per head, to the fen; {@code null} when there are no heads */
    public static BigDecimal perHead(BigDecimal amount, long heads) {
        return heads == 0 ? null : amount.divide(BigDecimal.valueOf(heads), 2, RoundingMode.HALF_UP);
    }

    private Route visibleRoute(long routeId) {
        Route route = routes.findById(routeId);
        if (route == null || !access.coversVillage(schools.findById(route.schoolId).villageId)) {
            throw new NotFoundException("Route", routeId);
        }
        return route;
    }

    private void visibleSponsor(long sponsorId) {
        Sponsor sponsor = sponsors.findById(sponsorId);
        if (sponsor == null || !access.seesSponsor(sponsorId, sponsor.villageId)) {
            throw new NotFoundException("Sponsor", sponsorId);
        }
    }
}
