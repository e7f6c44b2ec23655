package org.schoolshuttle.volunteer;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.schoolshuttle.account.AccessPolicy;
import org.schoolshuttle.account.AuditLog;
import org.schoolshuttle.common.ConflictException;
import org.schoolshuttle.common.DomainRuleException;
import org.schoolshuttle.common.InvalidInputException;
import org.schoolshuttle.common.NotFoundException;
import org.schoolshuttle.sponsor.Sponsor;
import org.schoolshuttle.sponsor.SponsorRepository;
import org.schoolshuttle.sponsor.SponsorService;
import org.schoolshuttle.village.Village;
import org.schoolshuttle.village.VillageService;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The village's reward pool and its ledger. The pool's balance is its contributions less the money rewards took; a
 * volunteer's points balance is the points earned less the points rewards spent. A reward that would overdraw either
 * is refused with nothing written; the pool's row is locked while a reward is checked and written, so two at once
 * cannot both pass. Each reward's money is taken from the oldest contributions with money left, so every yuan is
 * traceable to the sponsor (or the village) that gave it.
 */
@ApplicationScoped
public class RewardLedger {

    static final String CONTRIBUTION_AUDIT_TYPE = "reward-contribution";
    static final String REDEMPTION_AUDIT_TYPE = "reward-redemption";
    private static final BigDecimal NONE = BigDecimal.ZERO.setScale(2);

    private final RewardPoolRepository pools;
    private final RewardContributionRepository contributions;
    private final RewardRedemptionRepository redemptions;
    private final RewardAllocationRepository allocations;
    private final SponsorRepository sponsors;
    private final SponsorService sponsorRules;
    private final VillageService villages;
    private final VolunteerRoll roll;
    private final ServiceRecord record;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;

    RewardLedger(RewardPoolRepository pools, RewardContributionRepository contributions,
                 RewardRedemptionRepository redemptions, RewardAllocationRepository allocations,
                 SponsorRepository sponsors, SponsorService sponsorRules, VillageService villages, VolunteerRoll roll,
                 ServiceRecord record, AccessPolicy access, AuditLog audit, Clock clock) {
        this.pools = pools;
        this.contributions = contributions;
        this.redemptions = redemptions;
        this.allocations = allocations;
        this.sponsors = sponsors;
        this.sponsorRules = sponsorRules;
        this.villages = villages;
        this.roll = roll;
        this.record = record;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws NotFoundException when the caller does not coordinate the village */
    public RewardPoolView pool(long villageId) {
        villages.visible(villageId);
        List<RewardContribution> given = contributions.list("villageId", Sort.descending("contributedOn", "id"), villageId);
        List<RewardRedemption> taken = redemptions.list("villageId", Sort.descending("redeemedOn", "id"), villageId);
        Map<Long, List<RewardAllocation>> paid = allocationsOf(taken);
        Map<Long, BigDecimal> spent = spentOf(given);
        Map<Long, String> names = sponsorNames(given);
        Map<Long, Long> sponsorOf = new HashMap<>();
        given.forEach(c -> sponsorOf.put(c.id, c.sponsorId));
        BigDecimal contributed = sum(given.stream().map(c -> c.amount).toList());
        BigDecimal redeemed = sum(taken.stream().map(r -> r.amount).toList());
        return new RewardPoolView(villageId, contributed, redeemed, contributed.subtract(redeemed),
                given.stream().map(c -> new RewardPoolView.Contribution(c.id, c.sponsorId, names.get(c.sponsorId),
                        c.amount, c.amount.subtract(spent.getOrDefault(c.id, NONE)), c.contributedOn, c.note,
                        c.recordedAt, c.recordedBy)).toList(),
                taken.stream().map(r -> view(r, paid.getOrDefault(r.id, List.of()), sponsorOf)).toList());
    }

    /**
     * @throws NotFoundException   when the caller does not coordinate the village
     * @throws DomainRuleException when the sponsor is not the village's, or the day is still to come
     */
    @Transactional
    public RewardPoolView.Contribution contribute(long villageId, ContributionRequest request) {
        Village village = villages.visible(villageId);
        if (request.sponsorId() != null) {
            sponsorRules.requireInVillage(request.sponsorId(), villageId, "sponsorId");
        }
        notAhead(request.contributedOn(), village, "contributedOn");
        pools.locked(villageId, clock.instant());
        RewardContribution c = new RewardContribution();
        c.villageId = villageId;
        c.sponsorId = request.sponsorId();
        c.amount = request.amount().setScale(2);
        c.contributedOn = request.contributedOn();
        c.note = blankToNull(request.note());
        c.recordedAt = clock.instant();
        c.recordedBy = access.caller().username();
        contributions.persist(c);
        audit.created(CONTRIBUTION_AUDIT_TYPE, c.id, villageId, c.snapshot());
        return new RewardPoolView.Contribution(c.id, c.sponsorId, c.sponsorId == null ? null
                : sponsors.findById(c.sponsorId).name, c.amount, c.amount, c.contributedOn, c.note, c.recordedAt, c.recordedBy);
    }

    /**
     * Records a reward given for points, paid from the pool's oldest money first.
     *
     * @throws NotFoundException     when the caller does not coordinate the village
     * @throws InvalidInputException when an item has no name or money no amount
     * @throws DomainRuleException   when the volunteer is not one of the village's, or the day is still to come
     * @throws ConflictException     when the pool or the volunteer's points would be overdrawn; nothing is written
     */
    @Transactional
    public RewardPoolView.Redemption redeem(long villageId, RedemptionRequest request) {
        Village village = villages.visible(villageId);
        boolean money = request.reward() == RewardRedemption.Reward.MONEY;
        String item = blankToNull(request.item());
        if (!money && item == null) {
            throw new InvalidInputException("item", "is required for an item: what the volunteer received");
        }
        if (money && (request.amount() == null || request.amount().signum() <= 0)) {
            throw new InvalidInputException("amount", "is required for money, and must be more than 0");
        }
        Volunteer volunteer = roll.find(request.volunteerKind(), request.volunteerId())
                .filter(v -> v.villageId() == villageId)
                .orElseThrow(() -> new DomainRuleException("volunteerId", "is not a volunteer "
                        + request.volunteerKind().name().toLowerCase() + " of the village"));
        notAhead(request.redeemedOn(), village, "redeemedOn");
        BigDecimal amount = (request.amount() == null ? BigDecimal.ZERO : request.amount()).setScale(2);

        // Everything below reads and writes under the pool's lock: a second reward waits here until this one is done.
        pools.locked(villageId, clock.instant());
        int balance = pointsBalance(volunteer);
        if (request.points() > balance) {
            throw new ConflictException("points", volunteer.name() + " has " + balance + " points; the reward needs "
                    + request.points());
        }
        List<RewardContribution> oldestFirst = contributions.list("villageId", Sort.ascending("contributedOn", "id"), villageId);
        Map<Long, BigDecimal> spent = spentOf(oldestFirst);
        BigDecimal held = sum(oldestFirst.stream().map(c -> c.amount.subtract(spent.getOrDefault(c.id, NONE))).toList());
        if (amount.compareTo(held) > 0) {
            throw new ConflictException("amount", "the reward pool holds " + held + " yuan; the reward takes " + amount);
        }
        RewardRedemption r = new RewardRedemption();
        r.villageId = villageId;
        r.driverId = volunteer.driverId();
        r.escortId = volunteer.escortId();
        r.reward = request.reward();
        r.item = item;
        r.amount = amount;
        r.points = request.points();
        r.redeemedOn = request.redeemedOn();
        r.note = blankToNull(request.note());
        r.recordedAt = clock.instant();
        r.recordedBy = access.caller().username();
        redemptions.persist(r);
        List<RewardAllocation> paid = new ArrayList<>();
        BigDecimal due = amount;
        for (RewardContribution c : oldestFirst) {
            BigDecimal left = c.amount.subtract(spent.getOrDefault(c.id, NONE));
            if (due.signum() == 0) {
                break;
            }
            if (left.signum() > 0) {
                BigDecimal take = left.min(due);
                paid.add(RewardAllocation.of(r.id, c.id, take));
                due = due.subtract(take);
            }
        }
        allocations.persist(paid);
        audit.created(REDEMPTION_AUDIT_TYPE, r.id, villageId, r.snapshot());
        Map<Long, Long> sponsorOf = new HashMap<>();
        oldestFirst.forEach(c -> sponsorOf.put(c.id, c.sponsorId));
        return view(r, paid, sponsorOf);
    }

    /** The volunteer's points earned so far less the points their rewards spent. */
    int pointsBalance(Volunteer v) {
        return record.earned(v.villageId(), List.of(v)).getOrDefault(v, 0) - pointsSpent(v);
    }

    int pointsSpent(Volunteer v) {
        return redemptions.list(v.owner(1), v.id()).stream().mapToInt(r -> r.points).sum();
    }

    /** The volunteer's rewards, newest first. */
    List<RewardPoolView.Redemption> rewardsOf(Volunteer v) {
        List<RewardRedemption> theirs = redemptions.list(v.owner(1), Sort.descending("redeemedOn", "id"), v.id());
        Map<Long, List<RewardAllocation>> paid = allocationsOf(theirs);
        Map<Long, Long> sponsorOf = new HashMap<>();
        Set<Long> paidFrom = paid.values().stream().flatMap(List::stream).map(a -> a.contributionId).collect(Collectors.toSet());
        if (!paidFrom.isEmpty()) {
            contributions.list("id in ?1", paidFrom).forEach(c -> sponsorOf.put(c.id, c.sponsorId));
        }
        return theirs.stream().map(r -> view(r, paid.getOrDefault(r.id, List.of()), sponsorOf)).toList();
    }

    /**
     * For the sponsor's report: what the sponsor gave to its village's reward pool in the period and what rewards
     * dated in the period took from its money. Checks no access: the report that calls it decides who may see it.
     *
     * @param from first day of the period, inclusive
     * @param to   last day of the period, inclusive
     * @throws NotFoundException when there is no such sponsor
     */
    public SponsorRewards forSponsor(long sponsorId, LocalDate from, LocalDate to) {
        Sponsor sponsor = sponsors.findByIdOptional(sponsorId).orElseThrow(() -> new NotFoundException("Sponsor", sponsorId));
        List<RewardContribution> upToEnd = contributions.list("sponsorId = ?1 and contributedOn <= ?2",
                Sort.ascending("contributedOn", "id"), sponsor.id, to);
        List<RewardContribution> inPeriod = upToEnd.stream().filter(c -> !c.contributedOn.isBefore(from)).toList();
        List<Object[]> rows = upToEnd.isEmpty() ? List.of() : allocations.getEntityManager().createQuery(
                        "select r, a.amount from RewardAllocation a, RewardRedemption r where r.id = a.redemptionId "
                                + "and a.contributionId in ?1 and r.redeemedOn <= ?2 order by r.redeemedOn, r.id", Object[].class)
                .setParameter(1, upToEnd.stream().map(c -> c.id).toList()).setParameter(2, to).getResultList();
        BigDecimal takenUpToEnd = NONE;
        Map<Long, SponsorRewards.Rewarded> rewarded = new java.util.LinkedHashMap<>();
        Set<String> volunteers = new HashSet<>();
        for (Object[] row : rows) {
            RewardRedemption r = (RewardRedemption) row[0];
            BigDecimal part = (BigDecimal) row[1];
            takenUpToEnd = takenUpToEnd.add(part);
            if (!r.redeemedOn.isBefore(from)) {
                rewarded.merge(r.id, new SponsorRewards.Rewarded(r.redeemedOn, r.reward, r.item, part, r.points),
                        (a, b) -> new SponsorRewards.Rewarded(a.redeemedOn(), a.reward(), a.item(), a.amount().add(b.amount()), a.points()));
                volunteers.add(r.driverId != null ? "D" + r.driverId : "E" + r.escortId);
            }
        }
        BigDecimal given = sum(upToEnd.stream().map(c -> c.amount).toList());
        return new SponsorRewards(sponsorId, from, to, sum(inPeriod.stream().map(c -> c.amount).toList()),
                sum(rewarded.values().stream().map(SponsorRewards.Rewarded::amount).toList()),
                given.subtract(takenUpToEnd), volunteers.size(),
                inPeriod.stream().map(c -> new SponsorRewards.Given(c.contributedOn, c.amount, c.note)).toList(),
                List.copyOf(rewarded.values()));
    }

    private RewardPoolView.Redemption view(RewardRedemption r, List<RewardAllocation> paid, Map<Long, Long> sponsorOf) {
        VolunteerKind kind = r.driverId != null ? VolunteerKind.DRIVER : VolunteerKind.ESCORT;
        long id = r.driverId != null ? r.driverId : r.escortId;
        String name = roll.find(kind, id).map(Volunteer::name).orElse(null);
        return new RewardPoolView.Redemption(r.id, kind, id, name, r.reward, r.item, r.amount, r.points, r.redeemedOn,
                r.note, r.recordedAt, r.recordedBy, paid.stream().sorted(Comparator.comparing(a -> a.contributionId))
                .map(a -> new RewardPoolView.Paid(a.contributionId, sponsorOf.get(a.contributionId), a.amount)).toList());
    }

    private Map<Long, List<RewardAllocation>> allocationsOf(List<RewardRedemption> taken) {
        if (taken.isEmpty()) {
            return Map.of();
        }
        return allocations.list("redemptionId in ?1", taken.stream().map(r -> r.id).toList()).stream()
                .collect(Collectors.groupingBy(a -> a.redemptionId));
    }

    /** What rewards have taken of each contribution so far. */
    private Map<Long, BigDecimal> spentOf(List<RewardContribution> given) {
        if (given.isEmpty()) {
            return Map.of();
        }
        return allocations.list("contributionId in ?1", given.stream().map(c -> c.id).toList()).stream()
                .collect(Collectors.toMap(a -> a.contributionId, a -> a.amount, BigDecimal::add));
    }

    private Map<Long, String> sponsorNames(List<RewardContribution> given) {
        Set<Long> ids = given.stream().map(c -> c.sponsorId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        return ids.isEmpty() ? Map.of() : sponsors.list("id in ?1", ids).stream().collect(Collectors.toMap(s -> s.id, s -> s.name));
    }

    private void notAhead(LocalDate day, Village village, String field) {
        if (day.isAfter(LocalDate.now(clock.withZone(ZoneId.of(village.timeZone))))) {
            throw new DomainRuleException(field, "is still to come; record it on or after the day");
        }
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(NONE, BigDecimal::add);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
