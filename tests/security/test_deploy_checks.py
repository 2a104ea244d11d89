"""Production refuses webhook secrets that one carrier could use to sign for another."""

import pytest

from tests.deploy import check_deploy


def test_the_production_settings_pass_with_a_secret_per_carrier():
    result = check_deploy()
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    "overrides, problem",
    [
        ({"CARRIER_WEBHOOK_DEFAULT_SECRET": "one-for-all"}, "orders.E001"),
        ({"CARRIER_WEBHOOK_SECRETS": "inpost=same,dpd=same,dhl=x"}, "orders.E002"),
    ],
    ids=["shared-default", "two-carriers-one-secret"],
)
def test_a_shared_carrier_secret_fails_the_deploy_check(overrides, problem):
    result = check_deploy(**overrides)
    assert result.returncode != 0
    assert problem in result.stderr
