using Factumerit.Email.Personas;
using Factumerit.Email.Routing;

namespace Factumerit.Email.Tests.Routing;

public sealed class DefaultRoutingFileTests
{
    private static readonly RoutingTable Table =
        RoutingConfigLoader.Load(RepositoryFiles.DefaultRoutingFile, PersonaNames.All).GetTableOrThrow();

    [Fact]
    public void Every_persona_has_an_ai_route_named_after_it()
    {
        foreach (var persona in PersonaNames.All)
        {
            var route = Table.Resolve($"{persona}@factumerit.app");

            Assert.NotNull(route);
            Assert.Equal(RouteAction.Ai, route.Action);
            Assert.Equal(persona, route.Handler);
        }
    }

    [Fact]
    public void Support_escalates_to_a_person_after_three_turns()
    {
        var config = Table.Resolve("support@factumerit.app")!.Config;

        Assert.Equal("help@factumerit.app", config.GetAddress("escalate_to")?.Address);
        Assert.Equal(3, config.GetInt32("max_turns"));
        Assert.Equal(TimeSpan.FromHours(24), config.GetDuration("escalation_timeout"));
        Assert.EndsWith(Path.Combine("config", "support", "faq.md"), config.GetFilePath("faq_file"), StringComparison.Ordinal);
        Assert.Equal(RouteAction.Forward, Table.Resolve("help@factumerit.app")!.Action);
    }

    [Fact]
    public void Onboard_and_triage_carry_their_settings()
    {
        Assert.Equal("Getting Started", Table.Resolve("onboard@factumerit.app")!.Config.GetString("welcome_project"));
        Assert.Equal(["bug", "feature", "question", "urgent"], Table.Resolve("triage@factumerit.app")!.Config.GetStringList("labels"));
    }
}
