namespace Factumerit.Email.Tests.Routing;

public sealed class RouteCrossCheckTests
{
    [Fact]
    public void Fields_that_do_not_fit_the_action_are_reported()
    {
        var errors = RoutingYaml.Errors("""
            routes:
              support:
                action: ai
                handler: support
                forward_to: help@example.com
              admin:
                action: forward
                forward_to: ops@example.com
                handler: triage
                limits: { llm_tokens: 100 }
              noreply:
                action: drop
                config: { a: b }
            """);

        Assert.Equal(
        [
            "email_routing.yaml:5:5: route 'support': 'forward_to' is only for action forward; a persona escalates through a config key such as escalate_to",
            "email_routing.yaml:9:5: route 'admin': 'handler' is only for action ai",
            "email_routing.yaml:10:15: route 'admin': limits.llm_tokens is only for action ai; a forward uses no LLM",
            "email_routing.yaml:13:5: route 'noreply': 'config' has no effect with action drop",
        ], errors);
    }

    [Fact]
    public void Config_conventions_are_checked()
    {
        var errors = RoutingYaml.Errors("""
            routes:
              support:
                action: ai
                handler: support
                config:
                  escalate_to: [help@example.com, nobody]
                  max_turns: three
                  escalation_timeout: soon
                  faq_file: ../../etc/passwd
                  welcome: ~
            """);

        Assert.Equal(
        [
            "email_routing.yaml:6:39: route 'support': config.escalate_to 'nobody' is not a valid email address",
            "email_routing.yaml:7:18: route 'support': config.max_turns must be a positive integer, got 'three'",
            "email_routing.yaml:8:27: route 'support': config.escalation_timeout must be a duration such as 30m, 24h or 2d, got 'soon'",
            "email_routing.yaml:9:17: route 'support': config.faq_file must be a path relative to the routing file's folder, without '..', got '../../etc/passwd'",
            "email_routing.yaml:10:16: route 'support': 'config.welcome' has no value",
        ], errors);
    }

    [Fact]
    public void Targets_must_not_loop_reach_a_persona_or_get_lost()
    {
        var errors = RoutingYaml.Errors("""
            domains: [factumerit.app]
            routes:
              support:
                action: ai
                handler: support
                config:
                  escalate_to: triage@factumerit.app
              triage:
                action: ai
                handler: triage
                config:
                  route_to: nobody@factumerit.app
              a:
                action: forward
                forward_to: b@factumerit.app
              b:
                action: forward
                forward_to: a@factumerit.app
              c:
                action: forward
                forward_to: noreply@factumerit.app
              noreply:
                action: drop
            """);

        Assert.Equal(
        [
            "email_routing.yaml:7:20: route 'support': config.escalate_to 'triage@factumerit.app' is answered by persona route 'triage'; handlers do not chain, so target a person",
            "email_routing.yaml:12:17: route 'triage': config.route_to 'nobody@factumerit.app' is on a receiving domain but matches no route, so mail sent there would be lost",
            "email_routing.yaml:15:17: route 'a': forward_to 'b@factumerit.app' forms a forwarding loop (a -> b -> a)",
            "email_routing.yaml:18:17: route 'b': forward_to 'a@factumerit.app' forms a forwarding loop (b -> a -> b)",
            "email_routing.yaml:21:17: route 'c': forward_to 'noreply@factumerit.app' is dropped by route 'noreply'",
        ], errors);
    }

    [Fact]
    public void Forward_chain_to_a_person_is_accepted()
    {
        var table = RoutingYaml.Table("""
            domains: [factumerit.app]
            routes:
              triage:
                action: ai
                handler: triage
                config: { route_to: admin@factumerit.app }
              admin:
                action: forward
                forward_to: ops@example.com
            """);

        Assert.Equal(2, table.Routes.Count);
    }
}
