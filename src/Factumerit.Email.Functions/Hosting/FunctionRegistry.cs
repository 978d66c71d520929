using System.Text.RegularExpressions;
using Factumerit.Email.Functions.Hosting.Cron;

namespace Factumerit.Email.Functions.Hosting;

/// <summary>
/// The single list of functions. Both hosting modes and the generated <c>function.json</c> files read it,
/// so the modes cannot drift apart.
/// </summary>
public sealed partial class FunctionRegistry
{
    private readonly Dictionary<string, FunctionDefinition> _byName;

    /// <exception cref="InvalidOperationException">A definition is duplicated or incomplete; the message names it.</exception>
    public FunctionRegistry(IEnumerable<FunctionDefinition> definitions)
    {
        _byName = new Dictionary<string, FunctionDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var definition in definitions)
        {
            Validate(definition);
            if (!_byName.TryAdd(definition.Name, definition))
            {
                throw new InvalidOperationException($"Function '{definition.Name}' is registered twice.");
            }
        }
    }

    public IReadOnlyCollection<FunctionDefinition> All => _byName.Values;

    public FunctionDefinition? Find(string name) => _byName.GetValueOrDefault(name);

    public IEnumerable<FunctionDefinition> OfKind(TriggerKind kind) => _byName.Values.Where(f => f.Trigger == kind);

    private static void Validate(FunctionDefinition definition)
    {
        // The name is a folder under functions/ and a URL segment, so keep it to what the Functions host accepts.
        if (!FunctionName().IsMatch(definition.Name))
        {
            throw new InvalidOperationException($"Function name '{definition.Name}' must start with a letter and hold only letters, digits, '-' and '_'.");
        }
        var problem = definition.Trigger switch
        {
            TriggerKind.Queue when string.IsNullOrWhiteSpace(definition.Queue) => "has no queue name.",
            TriggerKind.Timer when string.IsNullOrWhiteSpace(definition.Schedule) => "has no schedule.",
            TriggerKind.Timer when !CronSchedule.TryParse(definition.Schedule!, out _, out var error) => "has an invalid schedule: " + error,
            TriggerKind.Http when definition.Route is null || definition.Methods is not { Count: > 0 } => "needs a route and at least one method.",
            _ => null,
        };
        if (problem is not null)
        {
            throw new InvalidOperationException($"Function '{definition.Name}' {problem}");
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,127}$")]
    private static partial Regex FunctionName();
}
