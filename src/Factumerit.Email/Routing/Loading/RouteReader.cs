using Factumerit.Email.Mail;
using Factumerit.Email.Routing.Yaml;

namespace Factumerit.Email.Routing.Loading;

/// <summary>Reads and checks one route entry.</summary>
internal sealed class RouteReader(ConfigErrors errors, IReadOnlySet<string> knownHandlers, string? baseDirectory)
{
    private static readonly string[] RouteKeys = ["action", "handler", "config", "description", "limits", "forward_to"];
    private static readonly string[] LimitKeys = ["daily_emails", "llm_tokens"];

    public List<TargetReference> Targets { get; } = [];

    /// <summary>The route, or null when it has errors (already reported).</summary>
    public Route? Read(MappingEntry entry, RouteScope scope)
    {
        var name = entry.KeyNode.Value.Trim();
        var context = $"route '{name}': ";
        if (entry.Value is not YamlMapping mapping)
        {
            errors.Add(entry.Value.Line == entry.KeyNode.Line ? entry.Value : entry.KeyNode,
                $"{context}must be a mapping with at least 'action', not {entry.Value.Kind}");
            return null;
        }

        var before = errors.Count;
        var fields = MappingEntries.Read(mapping, context, errors).ToDictionary(e => e.Key, StringComparer.Ordinal);
        MappingEntries.ReportUnknown(fields.Values, RouteKeys, context, errors);

        var action = ReadAction(fields, entry, context);
        var handler = fields.TryGetValue("handler", out var h) ? ReadHandler(h, context) : null;
        var description = fields.TryGetValue("description", out var d) ? Scalars.Text(d.Value, context, "description", errors) : null;
        var forwardTo = fields.TryGetValue("forward_to", out var f) ? ReadForwardTo(f, context) : null;
        var configReader = new HandlerConfigReader(errors, context, baseDirectory);
        var config = fields.TryGetValue("config", out var c) ? configReader.Read(c.Value) : HandlerConfig.Empty;
        var limits = fields.TryGetValue("limits", out var l) ? ReadLimits(l, context, action) : RouteLimits.Default;

        if (action is { } known)
        {
            CheckFieldsFitAction(known, fields, entry, context);
        }

        // Targets are checked even on a broken route, so one run shows every problem.
        Targets.AddRange(configReader.Targets.Select(t => new TargetReference(name, entry.Key, t.Field, t.Address, t.At)));
        if (forwardTo is not null)
        {
            Targets.Add(new TargetReference(name, entry.Key, "forward_to", forwardTo, f!.Value));
        }

        return errors.Count > before || action is null
            ? null
            : new Route(entry.Key, scope, action.Value, handler, config, description, limits, forwardTo);
    }

    private RouteAction? ReadAction(Dictionary<string, MappingEntry> fields, MappingEntry entry, string context)
    {
        if (!fields.TryGetValue("action", out var field))
        {
            errors.Add(entry.KeyNode, $"{context}missing 'action' (one of ai, forward, drop)");
            return null;
        }

        if (Scalars.Text(field.Value, context, "action", errors) is not { } text)
        {
            return null;
        }

        switch (text.ToLowerInvariant())
        {
            case "ai": return RouteAction.Ai;
            case "forward": return RouteAction.Forward;
            case "drop": return RouteAction.Drop;
        }

        // The original routing sketch named the handler in 'action' ("action: eis").
        var hint = knownHandlers.Contains(text) ? $" (write 'action: ai' and 'handler: {text}')" : string.Empty;
        errors.Add(field.Value, $"{context}action '{text}' is not one of ai, forward, drop{hint}");
        return null;
    }

    private string? ReadHandler(MappingEntry field, string context)
    {
        if (Scalars.Text(field.Value, context, "handler", errors) is not { } text)
        {
            return null;
        }

        if (knownHandlers.Contains(text))
        {
            return text;
        }

        var known = string.Join(", ", knownHandlers.Order(StringComparer.Ordinal));
        errors.Add(field.Value, $"{context}handler '{text}' is not a registered handler (known: {known})");
        return null;
    }

    private EmailAddress? ReadForwardTo(MappingEntry field, string context)
    {
        if (Scalars.Text(field.Value, context, "forward_to", errors) is not { } text)
        {
            return null;
        }

        if (EmailAddress.TryParse(text, out var address))
        {
            return address;
        }

        errors.Add(field.Value, $"{context}forward_to '{text}' is not a valid email address");
        return null;
    }

    private RouteLimits ReadLimits(MappingEntry field, string context, RouteAction? action)
    {
        if (field.Value is not YamlMapping mapping)
        {
            errors.Add(field.Value, $"{context}'limits' must be a mapping with daily_emails and/or llm_tokens, not {field.Value.Kind}");
            return RouteLimits.Default;
        }

        var entries = MappingEntries.Read(mapping, context + "limits: ", errors);
        MappingEntries.ReportUnknown(entries, LimitKeys, context + "limits: ", errors);
        var limits = RouteLimits.Default;
        foreach (var entry in entries)
        {
            if (entry.Key == "llm_tokens" && action == RouteAction.Forward)
            {
                errors.Add(entry.KeyNode, $"{context}limits.llm_tokens is only for action ai; a forward uses no LLM");
                continue;
            }

            var value = Scalars.PositiveInt(entry.Value, context, $"limits.{entry.Key}", errors);
            limits = (entry.Key, value) switch
            {
                ("daily_emails", { } n) => limits with { DailyEmailsPerSender = n },
                ("llm_tokens", { } n) => limits with { LlmTokensPerEmail = n },
                _ => limits,
            };
        }

        return limits;
    }

    private void CheckFieldsFitAction(RouteAction action, Dictionary<string, MappingEntry> fields, MappingEntry entry, string context)
    {
        switch (action)
        {
            case RouteAction.Ai:
                Require(fields, "handler", "ai", entry, context);
                Forbid(fields, "forward_to", "is only for action forward; a persona escalates through a config key such as escalate_to", context);
                break;
            case RouteAction.Forward:
                Require(fields, "forward_to", "forward", entry, context);
                Forbid(fields, "handler", "is only for action ai", context);
                Forbid(fields, "config", "is only for action ai", context);
                break;
            case RouteAction.Drop:
                foreach (var key in new[] { "handler", "forward_to", "config", "limits" })
                {
                    Forbid(fields, key, "has no effect with action drop", context);
                }

                break;
        }
    }

    private void Require(Dictionary<string, MappingEntry> fields, string key, string action, MappingEntry entry, string context)
    {
        if (!fields.ContainsKey(key))
        {
            errors.Add(entry.KeyNode, $"{context}missing '{key}' (required when action is {action})");
        }
    }

    private void Forbid(Dictionary<string, MappingEntry> fields, string key, string why, string context)
    {
        if (fields.TryGetValue(key, out var field))
        {
            errors.Add(field.KeyNode, $"{context}'{key}' {why}");
        }
    }
}
