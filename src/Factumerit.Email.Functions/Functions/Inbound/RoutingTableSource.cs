using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.Personas;
using Factumerit.Email.Routing;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Functions.Functions.Inbound;

/// <summary>
/// Loads the routing table once per process and checks it against the registered handlers: every error, with
/// file:line:col, and every handler named in the file that has no keyed <see cref="IEmailHandler"/>.
/// </summary>
internal sealed class RoutingTableSource(IHostEnvironment environment, IServiceProviderIsKeyedService keyedServices)
{
    private readonly Lock _gate = new();
    private (RoutingTable? Table, IReadOnlyList<string> Errors)? _loaded;

    public IReadOnlyList<string> Validate(RoutingOptions options) => Load(options).Errors;

    public RoutingTable GetTable(RoutingOptions options) => Load(options) switch
    {
        ({ } table, []) => table,
        (_, var errors) => throw new InvalidOperationException(string.Join(Environment.NewLine, errors)),
    };

    private (RoutingTable? Table, IReadOnlyList<string> Errors) Load(RoutingOptions options)
    {
        lock (_gate)
        {
            return _loaded ??= LoadCore(options);
        }
    }

    private (RoutingTable?, IReadOnlyList<string>) LoadCore(RoutingOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.File))
        {
            return (null, ["Routing:File is empty; set it to the routing YAML (default config/email_routing.yaml)."]);
        }
        var path = ConfigFileLocator.Find(options.File, environment.ContentRootPath, out var searched);
        if (path is null)
        {
            return (null, [$"Routing:File '{options.File}' was not found; looked in: {string.Join(", ", searched)}."]);
        }

        var result = RoutingConfigLoader.Load(path, PersonaNames.All);
        if (!result.IsValid)
        {
            return (null, result.Errors.Select(e => e.ToString()).ToList());
        }
        var missing = result.Table.Routes
            .Where(r => r.Handler is not null && !keyedServices.IsKeyedService(typeof(IEmailHandler), r.Handler))
            .Select(r => $"{path}: route '{r.Key}' uses handler '{r.Handler}', but no IEmailHandler is registered under that " +
                $"name (services.AddKeyedScoped<IEmailHandler, …>(\"{r.Handler}\")).")
            .ToList();
        return missing.Count == 0 ? (result.Table, []) : (null, missing);
    }
}

/// <summary>Makes an invalid routing file, or a handler without a registration, fail start-up (ValidateOnStart).</summary>
internal sealed class RoutingOptionsValidator(RoutingTableSource source) : IValidateOptions<RoutingOptions>
{
    public ValidateOptionsResult Validate(string? name, RoutingOptions options) =>
        source.Validate(options) is { Count: > 0 } errors ? ValidateOptionsResult.Fail(errors) : ValidateOptionsResult.Success;
}
