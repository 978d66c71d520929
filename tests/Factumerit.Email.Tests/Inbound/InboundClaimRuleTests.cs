using Factumerit.Email.Inbound;

namespace Factumerit.Email.Tests.Inbound;

public sealed class InboundClaimRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_email_nobody_claimed_may_be_claimed() =>
        Assert.True(InboundClaimRule.MayClaim(null, null, "m1", Now));

    [Fact]
    public void Another_message_is_turned_away_while_the_lease_lasts() =>
        Assert.False(InboundClaimRule.MayClaim("m1", Now.AddSeconds(1), "m2", Now));

    [Fact]
    public void Another_message_takes_over_once_the_lease_has_ended() =>
        Assert.True(InboundClaimRule.MayClaim("m1", Now, "m2", Now));

    [Fact]
    public void The_holder_s_own_redelivery_takes_its_claim_back_before_the_lease_ends() =>
        Assert.True(InboundClaimRule.MayClaim("m1", Now.AddMinutes(9), "m1", Now));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void A_run_without_a_message_id_waits_for_the_lease_even_against_a_claim_without_one(string? deliveryId) =>
        Assert.False(InboundClaimRule.MayClaim("", Now.AddMinutes(1), deliveryId, Now));
}
