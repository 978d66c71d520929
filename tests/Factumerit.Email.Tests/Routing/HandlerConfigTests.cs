using Factumerit.Email.Mail;
using Factumerit.Email.Routing;

namespace Factumerit.Email.Tests.Routing;

public sealed class HandlerConfigTests
{
    private static HandlerConfig Config(string configYaml) =>
        RoutingYaml.Table($"routes:\n  support:\n    action: ai\n    handler: support\n    config:\n{configYaml}").Routes[0].Config;

    [Fact]
    public void Typed_getters_read_yaml_values()
    {
        var config = Config("""
                  escalate_to: help@example.com
                  max_turns: 3
                  escalation_timeout: 24h
                  enabled: true
                  labels: [bug, feature]
                  nested: { a: b }
            """);

        Assert.Equal(EmailAddress.Parse("help@example.com"), config.GetAddress("escalate_to"));
        Assert.Equal(3, config.GetInt32("max_turns"));
        Assert.Equal(TimeSpan.FromHours(24), config.GetDuration("escalation_timeout"));
        Assert.True(config.GetBoolean("enabled"));
        Assert.Equal(["bug", "feature"], config.GetStringList("labels"));
        Assert.Equal("b", ((IReadOnlyDictionary<string, object>)config["nested"])["a"]);
        Assert.Null(config.GetString("missing"));
        Assert.Empty(config.GetStringList("missing"));
    }

    [Fact]
    public void Wrong_shape_names_the_key()
    {
        var config = Config("      labels: [bug]\n      name: x\n");

        var ex = Assert.Throws<FormatException>(() => config.GetString("labels"));
        Assert.Contains("'labels'", ex.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => config.GetInt32("name"));
    }

    [Fact]
    public void Configured_addresses_are_the_only_forward_targets()
    {
        var config = Config("      escalate_to: help@example.com\n      route_to: [a@example.com, b@example.com]\n      note: c@example.com\n");

        Assert.Equal(
            ["a@example.com", "b@example.com", "help@example.com"],
            config.ConfiguredAddresses().Select(a => a.Address).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("90s", 90)]
    [InlineData("30m", 1800)]
    [InlineData("2d", 172800)]
    [InlineData("1w", 604800)]
    [InlineData("01:30:00", 5400)]
    public void Durations_accept_short_and_timespan_forms(string text, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), Config($"      escalation_timeout: \"{text}\"\n").GetDuration("escalation_timeout"));
}
