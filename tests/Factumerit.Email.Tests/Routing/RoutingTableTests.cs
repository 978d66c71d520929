namespace Factumerit.Email.Tests.Routing;

public sealed class RoutingTableTests
{
    private const string Yaml = """
        domains: [factumerit.app, mail.factumerit.app]
        routes:
          support:
            action: ai
            handler: support
          billing@factumerit.app:
            action: forward
            forward_to: finance@example.com
          "@mail.factumerit.app":
            action: drop
          admin:
            action: forward
            forward_to: ops@example.com
        """;

    private static readonly Factumerit.Email.Routing.RoutingTable Table = RoutingYaml.Table(Yaml);

    [Theory]
    [InlineData("support@factumerit.app", "support")]
    [InlineData("SUPPORT@Factumerit.App", "support")]
    [InlineData("support+order-123@factumerit.app", "support")]
    [InlineData("Jane's Support <support@factumerit.app>", "support")]
    [InlineData("support@mail.factumerit.app", "support")]
    [InlineData("billing@factumerit.app", "billing@factumerit.app")]
    [InlineData("Billing+Q1@factumerit.app", "billing@factumerit.app")]
    [InlineData("anything@mail.factumerit.app", "@mail.factumerit.app")]
    public void Resolves_the_most_specific_route(string recipient, string expectedKey) =>
        Assert.Equal(expectedKey, Table.Resolve(recipient)?.Key);

    [Fact]
    public void Full_address_route_applies_only_to_its_own_domain() =>
        Assert.Equal("@mail.factumerit.app", Table.Resolve("billing@mail.factumerit.app")?.Key);

    [Theory]
    [InlineData("unknown@factumerit.app")]
    [InlineData("support@example.com")]
    [InlineData("not an address")]
    [InlineData("")]
    public void Unmatched_or_foreign_recipients_resolve_to_nothing(string recipient) =>
        Assert.Null(Table.Resolve(recipient));

    [Fact]
    public void Without_domains_local_part_routes_match_any_domain()
    {
        var table = RoutingYaml.Table("routes:\n  support:\n    action: ai\n    handler: support\n");

        Assert.Equal("support", table.Resolve("support@anything.example")?.Key);
    }

    [Fact]
    public void Exposes_the_handler_names_in_use()
    {
        Assert.Equal(["support"], Table.HandlerNames);
        Assert.True(Table.IsReceivingDomain("Mail.Factumerit.App"));
        Assert.False(Table.IsReceivingDomain("example.com"));
    }
}
