"""The law, with the seed's own numbers (DOMAIN.md): 67 in office, 40 present, 6 proxies."""

from datetime import date

import pytest

from storage import rules

SEED_SITTING = date(2024, 7, 4)
SEED_CONVOCATION = date(2024, 6, 28)


def test_quorum_of_the_seed_is_34_and_is_met_by_40_present() -> None:
    assert rules.quorum_required(67, SEED_SITTING) == 34
    assert rules.quorum_met(40, 67, SEED_SITTING)
    assert rules.quorum_met(34, 67, SEED_SITTING)
    assert not rules.quorum_met(33, 67, SEED_SITTING)


def test_proxies_do_not_count_toward_quorum_but_count_as_votes() -> None:
    assert rules.votes_available(40, 6) == 46
    assert not rules.quorum_met(
        30, 67, SEED_SITTING
    )  # 30 + 6 proxies would be 36: still no quorum


@pytest.mark.parametrize(("in_office", "required"), [(1, 1), (2, 2), (3, 2), (66, 34), (123, 62)])
def test_quorum_is_more_than_half(in_office: int, required: int) -> None:
    assert rules.quorum_required(in_office, SEED_SITTING) == required


def test_emergency_law_applies_to_historical_sittings_only() -> None:
    assert rules.quorum_required(67, date(2021, 5, 20)) == 23  # ceil(67 / 3)
    assert rules.max_proxies_per_holder(date(2021, 5, 20)) == 2
    assert rules.quorum_required(67, date(2022, 7, 31)) == 23
    assert rules.quorum_required(67, date(2022, 8, 1)) == 34
    assert rules.max_proxies_per_holder(SEED_SITTING) == 1
    assert rules.quorum_required(67, date(2019, 12, 12)) == 34


def test_seed_convocation_gave_exactly_five_jours_francs() -> None:
    # 29, 30 June, 1, 2, 3 July: neither the day of sending nor the sitting counts.
    assert rules.jours_francs(SEED_CONVOCATION, SEED_SITTING) == 5
    assert rules.last_day_to_send(SEED_SITTING) == SEED_CONVOCATION
    assert rules.notice_is_sufficient(SEED_CONVOCATION, SEED_SITTING)
    assert not rules.notice_is_sufficient(date(2024, 6, 29), SEED_SITTING)


def test_urgency_and_second_convocation_notice() -> None:
    assert rules.notice_is_sufficient(date(2024, 7, 2), SEED_SITTING, rules.URGENT_NOTICE_DAYS)
    assert not rules.notice_is_sufficient(date(2024, 7, 3), SEED_SITTING, rules.URGENT_NOTICE_DAYS)
    assert rules.last_day_to_send(SEED_SITTING, rules.SECOND_CONVOCATION_NOTICE_DAYS) == date(
        2024, 6, 30
    )


def test_vote_outcome_ignores_abstentions_and_ties_follow_the_president() -> None:
    assert rules.vote_outcome(46, 0) == "adopted"
    assert rules.vote_outcome(10, 11) == "rejected"
    assert rules.vote_outcome(20, 20) == "rejected"
    assert rules.vote_outcome(20, 20, president_voted_for=True) == "adopted"
    assert rules.vote_outcome(0, 0) == "rejected"


def test_unanimity_means_no_against_and_no_abstention() -> None:
    assert rules.is_unanimous(0, 0)
    assert not rules.is_unanimous(0, 1)
    assert not rules.is_unanimous(1, 0)


def test_a_vote_written_unanimous_counts_every_voter_for() -> None:
    # the seed's Bureau: 46 votes (40 present, 6 proxies), « adoptée à l'unanimité »
    assert rules.votes_for_when_unanimous(46, 0) == 46
    assert rules.votes_for_when_unanimous(46, 2) == 44  # abstentions counted apart


def test_a_proxy_lasts_three_consecutive_sittings_at_most() -> None:
    assert not rules.consecutive_sittings_exceeded(3)
    assert rules.consecutive_sittings_exceeded(4)
