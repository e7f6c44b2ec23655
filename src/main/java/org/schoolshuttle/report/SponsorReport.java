package org.schoolshuttle.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.schoolshuttle.account.AccessPolicy;
import org.schoolshuttle.common.NotFoundException;
import org.schoolshuttle.fleet.Vehicle;
import org.schoolshuttle.fleet.VehicleRepository;
import org.schoolshuttle.funding.CoveredRuns;
import org.schoolshuttle.funding.Sponsorship;
import org.schoolshuttle.funding.Sponsorships;
import org.schoolshuttle.ledger.LedgerEntry;
import org.schoolshuttle.ledger.LedgerService;
import org.schoolshuttle.route.Route;
import org.schoolshuttle.route.RouteRepository;
import org.schoolshuttle.run.DailyRun;
import org.schoolshuttle.sponsor.Sponsor;
import org.schoolshuttle.sponsor.SponsorRepository;
import org.schoolshuttle.village.Village;
import org.schoolshuttle.village.VillageRepository;
import org.schoolshuttle.volunteer.RewardLedger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A sponsor's transparency report; its own login, the village's coordinators and administrators may read it. */
@ApplicationScoped
public class SponsorReport {

    private final SponsorRepository sponsors;
    private final VillageRepository villages;
    private final Sponsorships sponsorships;
    private final CoveredRuns coveredRuns;
    private final RunTally tally;
    private final LedgerService ledger;
    private final RouteRepository routes;
    private final VehicleRepository vehicles;
    private final RewardLedger rewards;
    private final AccessPolicy access;
    private final Clock clock;

    SponsorReport(SponsorRepository sponsors, VillageRepository villages, Sponsorships sponsorships,
                  CoveredRuns coveredRuns, RunTally tally, LedgerService ledger, RouteRepository routes,
                  VehicleRepository vehicles, RewardLedger rewards, AccessPolicy access, Clock clock) {
        this.rewards = rewards;
        this.sponsors = sponsors;
        this.villages = villages;
        this.sponsorships = sponsorships;
        this.coveredRuns = coveredRuns;
        this.tally = tally;
        this.ledger = ledger;
        this.routes = routes;
        this.vehicles = vehicles;
        this.access = access;
        this.clock = clock;
    }

    /**
     * @param from YYYY-MM-DD, optional (the first day of the month eleven months before {@code to})
     * @param to   YYYY-MM-DD, optional (today in the village)
     * @throws NotFoundException when the sponsor is not the caller's own or outside the caller's villages
     */
    @Transactional
    public SponsorReportView of(long sponsorId, String from, String to) {
        Sponsor sponsor = visible(sponsorId);
        Village village = villages.findById(sponsor.villageId);
        Period period = Period.of(from, to, LocalDate.now(clock.withZone(ZoneId.of(village.timeZone))));
        List<Sponsorship> active = sponsorships.ofSponsor(sponsorId, period.from(), period.to());
        List<DailyRun> runs = coveredRuns.of(sponsorId, period.from(), period.to());
        Set<Long> routeIds = coveredRuns.routes(sponsorId, period.from(), period.to(), runs);
        List<LedgerEntry> entries = ledger.of(routeIds, period.firstMonth(), period.lastMonth());
        RunFigures figures = tally.of(runs);

        int seatsFunded = 0;
        BigDecimal committed = BigDecimal.ZERO.setScale(2);
        for (Sponsorship s : active) {
            seatsFunded += s.seatsCommitted != null ? s.seatsCommitted : seatsOf(s);
            if (s.amountCommitted != null) {
                committed = committed.add(s.amountCommitted);
            }
        }
        Map<YearMonth, RunFigures> byMonth = tally.byMonth(runs, period);
        List<SponsorReportView.Month> months = new ArrayList<>();
        byMonth.forEach((month, f) -> months.add(new SponsorReportView.Month(month, f.completed(), f.km(),
                f.childrenServed(), costs(entries, month))));
        BigDecimal spent = months.stream().map(SponsorReportView.Month::spent).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(village.timeZone)));
        return new SponsorReportView(sponsor.id, sponsor.name, sponsor.kind.name(), village.nameZh, period.from(), period.to(),
                active.stream().map(s -> sponsorships.view(s, today)).toList(), figures, seatsFunded,
                figures.ridersPerRun(), committed, ledger.fundsFrom(sponsorId, period.firstMonth(), period.lastMonth()),
                spent, months, rewards.forSponsor(sponsorId, period.from(), period.to()));
    }

    private int seatsOf(Sponsorship s) {
        if (s.coversVehicle()) {
            Vehicle v = vehicles.findById(s.vehicleId);
            return v == null ? 0 : v.childSeats;
        }
        Route r = routes.findById(s.routeIds.stream().max(Long::compare).orElseThrow());
        return r == null ? 0 : r.seats;
    }

    private static BigDecimal costs(List<LedgerEntry> entries, YearMonth month) {
        return entries.stream().filter(e -> e.category.cost() && YearMonth.from(e.month).equals(month))
                .map(e -> e.amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private Sponsor visible(long sponsorId) {
        Sponsor sponsor = sponsors.findById(sponsorId);
        if (sponsor == null || !access.seesSponsor(sponsorId, sponsor.villageId)) {
            throw new NotFoundException("Sponsor", sponsorId);
        }
        return sponsor;
    }
}
