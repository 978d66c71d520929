using Factumerit.Email.Personas;

namespace Factumerit.Email.Tests.Routing;

public sealed class PersonaNamesTests
{
    [Fact]
    public void Lists_the_five_personas() =>
        Assert.Equal(["digest", "eis", "onboard", "support", "triage"], PersonaNames.All.Order(StringComparer.Ordinal));

    [Fact]
    public void Escalation_reason_codes_round_trip()
    {
        foreach (var reason in Enum.GetValues<EscalationReason>())
        {
            var code = Escalation.ToCode(reason);

            Assert.Matches("^[a-z_]+$", code);
            Assert.True(Escalation.TryParseCode(code, out var parsed));
            Assert.Equal(reason, parsed);
        }

        Assert.Equal("max_turns", new Escalation(EscalationReason.MaxTurns).ReasonCode);
        Assert.False(Escalation.TryParseCode("because", out _));
    }

    [Fact]
    public void Result_factories_set_reply_and_escalation()
    {
        var target = Factumerit.Email.Mail.EmailAddress.Parse("help@factumerit.app");
        var escalated = HandlerResult.Escalate(EscalationReason.CustomerRequest, "A person will reply soon.", target);

        Assert.True(escalated.ShouldRespond);
        Assert.Equal(target, escalated.ForwardTo);
        Assert.Equal("customer_request", escalated.Escalation?.ReasonCode);
        Assert.False(HandlerResult.NoReply().ShouldRespond);
        Assert.Throws<ArgumentException>(() => HandlerResult.Reply(" "));
    }
}
