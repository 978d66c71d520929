using Factumerit.Email.Routing;

namespace Factumerit.Email.Tests.Routing;

public sealed class RoutingConfigLoaderTests
{
    [Fact]
    public void Loads_a_complete_route()
    {
        var table = RoutingYaml.Table("""
            domains: [factumerit.app]
            routes:
              support:
                action: ai
                handler: support
                description: Tier 1 support
                config:
                  escalate_to: help@factumerit.app
                  max_turns: 3
                  labels: [bug, question]
                limits:
                  daily_emails: 100
                  llm_tokens: 2000
              help:
                action: forward
                forward_to: Team <ops@example.com>
            """);

        var support = table.Resolve("support@factumerit.app")!;
        Assert.Equal(RouteAction.Ai, support.Action);
        Assert.Equal("support", support.Handler);
        Assert.Equal("Tier 1 support", support.Description);
        Assert.Equal(new RouteLimits(100, 2000), support.Limits);
        Assert.Equal(3, support.Config.GetInt32("max_turns"));
        Assert.Equal(["bug", "question"], support.Config.GetStringList("labels"));
        Assert.Equal("ops@example.com", table.Resolve("help@factumerit.app")!.ForwardTo!.Address);
    }

    [Fact]
    public void Missing_limits_take_the_defaults()
    {
        var route = RoutingYaml.Table("routes:\n  eis:\n    action: ai\n    handler: eis\n    limits:\n      llm_tokens: 500\n").Routes[0];

        Assert.Equal(RouteLimits.Default.DailyEmailsPerSender, route.Limits.DailyEmailsPerSender);
        Assert.Equal(500, route.Limits.LlmTokensPerEmail);
    }

    [Fact]
    public void Invalid_action_is_reported_with_line_and_column()
    {
        var errors = RoutingYaml.Errors("""
            routes:
              support:
                action: reply
                handler: support
            """);

        Assert.Equal(["email_routing.yaml:3:13: route 'support': action 'reply' is not one of ai, forward, drop"], errors);
    }

    [Fact]
    public void Legacy_action_naming_a_handler_gets_a_hint()
    {
        var errors = RoutingYaml.Errors("routes:\n  eis:\n    action: eis\n");

        Assert.Equal(["email_routing.yaml:3:13: route 'eis': action 'eis' is not one of ai, forward, drop (write 'action: ai' and 'handler: eis')"], errors);
    }

    [Fact]
    public void Every_error_is_reported_not_just_the_first()
    {
        var errors = RoutingYaml.Errors("""
            routes:
              support:
                action: ai
                handler: suport
                limits:
                  daily_emails: 0
                  llm_tokens: -5
              admin:
                action: forward
              eis:
                action: ai
            """);

        Assert.Equal(
        [
            "email_routing.yaml:4:14: route 'support': handler 'suport' is not a registered handler (known: digest, eis, onboard, support, triage)",
            "email_routing.yaml:6:21: route 'support': limits.daily_emails must be a positive integer, got '0'",
            "email_routing.yaml:7:19: route 'support': limits.llm_tokens must be a positive integer, got '-5'",
            "email_routing.yaml:8:3: route 'admin': missing 'forward_to' (required when action is forward)",
            "email_routing.yaml:10:3: route 'eis': missing 'handler' (required when action is ai)",
        ], errors);
    }

    [Fact]
    public void Unknown_keys_are_reported_with_a_suggestion()
    {
        var errors = RoutingYaml.Errors("""
            route:
              x: 1
            routes:
              admin:
                action: forward
                destination: ops@example.com
                descripton: Operators
            """);

        Assert.Contains("email_routing.yaml:1:1: top level: unknown key 'route' (did you mean 'routes'?)", errors);
        Assert.Contains("email_routing.yaml:6:5: route 'admin': unknown key 'destination' (did you mean 'forward_to'?)", errors);
        Assert.Contains("email_routing.yaml:7:5: route 'admin': unknown key 'descripton' (did you mean 'description'?)", errors);
        Assert.Contains("email_routing.yaml:4:3: route 'admin': missing 'forward_to' (required when action is forward)", errors);
    }

    [Fact]
    public void Duplicate_keys_are_reported_at_the_second_occurrence()
    {
        var errors = RoutingYaml.Errors("""
            routes:
              support:
                action: ai
                handler: support
                handler: eis
              Support:
                action: drop
            """);

        Assert.Equal(
        [
            "email_routing.yaml:5:5: route 'support': duplicate key 'handler' (first defined at line 4)",
            "email_routing.yaml:6:3: duplicate key 'Support' (first defined at line 2)",
        ], errors);
    }

    [Fact]
    public void Forward_target_must_be_a_valid_address()
    {
        var errors = RoutingYaml.Errors("routes:\n  admin:\n    action: forward\n    forward_to: ops-at-example.com\n");

        Assert.Equal(["email_routing.yaml:4:17: route 'admin': forward_to 'ops-at-example.com' is not a valid email address"], errors);
    }

    [Theory]
    [InlineData("sup port", "route key 'sup port' is not a valid local part, address or '@domain'")]
    [InlineData("support+vip", "route key 'support+vip' has a plus tag; tags are ignored when matching, so route the base name")]
    [InlineData("x@nowhere", "route key 'x@nowhere' is not a valid email address")]
    [InlineData("@bad_domain.com", "route key '@bad_domain.com' is not a valid '@domain' catch-all")]
    [InlineData("*", "route key '*' is not supported; write '@your.domain' for a catch-all")]
    public void Invalid_route_keys_are_reported(string key, string message)
    {
        var errors = RoutingYaml.Errors($"routes:\n  \"{key}\":\n    action: drop\n");

        Assert.Equal([$"email_routing.yaml:2:3: {message}"], errors);
    }

    [Fact]
    public void Address_and_domain_routes_must_be_on_a_receiving_domain()
    {
        var errors = RoutingYaml.Errors("domains: [factumerit.app]\nroutes:\n  sales@example.com:\n    action: drop\n");

        Assert.Equal(["email_routing.yaml:3:3: route 'sales@example.com': domain 'example.com' is not in 'domains', so no mail for it arrives here"], errors);
    }

    [Theory]
    [InlineData("", "email_routing.yaml:1:1: the file is empty; expected a 'routes:' mapping")]
    [InlineData("# only a comment\n", "email_routing.yaml:1:1: the file is empty; expected a 'routes:' mapping")]
    [InlineData("- a\n- b\n", "email_routing.yaml:1:1: the file must be a mapping with 'routes:', not a list")]
    [InlineData("domains: [factumerit.app]\n", "email_routing.yaml:1:1: missing 'routes:' mapping")]
    [InlineData("routes: {}\n", "email_routing.yaml:1:1: 'routes' is empty; at least one route is required")]
    [InlineData("routes:\n  support: ai\n", "email_routing.yaml:2:12: route 'support': must be a mapping with at least 'action', not a single value")]
    [InlineData("routes:\n  support:\n    action: [ai]\n", "email_routing.yaml:3:13: route 'support': 'action' must be a single value, not a list")]
    [InlineData("domains: [not_a domain]\nroutes:\n  x:\n    action: drop\n", "email_routing.yaml:1:11: domains: 'not_a domain' is not a valid domain name")]
    public void Structural_errors_are_reported(string yaml, string expected) =>
        Assert.Equal([expected], RoutingYaml.Errors(yaml));

    [Fact]
    public void Yaml_syntax_error_is_reported_with_position()
    {
        var error = Assert.Single(RoutingYaml.Errors("routes:\n  support:\n    action: ai\n   handler: [support\n"));

        Assert.StartsWith("email_routing.yaml:", error, StringComparison.Ordinal);
        Assert.Contains(": invalid YAML: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("(Line:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Second_document_is_rejected()
    {
        var errors = RoutingYaml.Errors("routes:\n  x:\n    action: drop\n---\nroutes: {}\n");

        Assert.Equal(["email_routing.yaml:5:1: only one YAML document is allowed; remove the second '---'"], errors);
    }

    [Fact]
    public void Anchors_and_aliases_can_share_limits()
    {
        var table = RoutingYaml.Table("""
            routes:
              support:
                action: ai
                handler: support
                limits: &small { daily_emails: 5, llm_tokens: 100 }
              onboard:
                action: ai
                handler: onboard
                limits: *small
            """);

        Assert.Equal(new RouteLimits(5, 100), table.Resolve("onboard@x.example")!.Limits);
    }

    [Fact]
    public void Unknown_handlers_follow_the_set_passed_in()
    {
        var result = RoutingConfigLoader.Load(
            new StringReader("routes:\n  support:\n    action: ai\n    handler: support\n"), "r.yaml", new HashSet<string> { "eis" });

        Assert.Equal(["r.yaml:4:14: route 'support': handler 'support' is not a registered handler (known: eis)"], result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Invalid_result_throws_with_every_error_listed()
    {
        var result = RoutingYaml.Load("routes:\n  a:\n    action: x\n  b:\n    action: y\n");

        var ex = Assert.Throws<RoutingConfigException>(result.GetTableOrThrow);
        Assert.Equal(2, ex.Errors.Count);
        Assert.Contains("email_routing.yaml:5:13: route 'b': action 'y'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loading_from_a_path_resolves_files_against_its_folder()
    {
        var dir = Directory.CreateTempSubdirectory("routing-");
        try
        {
            var path = Path.Combine(dir.FullName, "email_routing.yaml");
            File.WriteAllText(path, "routes:\n  support:\n    action: ai\n    handler: support\n    config: { faq_file: support/faq.md }\n");

            var table = RoutingConfigLoader.Load(path, Factumerit.Email.Personas.PersonaNames.All).GetTableOrThrow();

            Assert.Equal(Path.Combine(dir.FullName, "support", "faq.md"), table.Routes[0].Config.GetFilePath("faq_file"));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
