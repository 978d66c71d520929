using Microsoft.AspNetCore.Http.HttpResults;

namespace Factumerit.Email.Functions.Hosting.CustomHandler;

/// <summary>
/// <c>POST /{FunctionName}</c>: the Functions host's call for a queue or timer trigger. A non-2xx reply tells the
/// host the run failed, so a queue message reappears and, after maxDequeueCount, moves to its poison queue.
/// </summary>
internal static class InvocationEndpoint
{
    public static IEndpointRouteBuilder MapInvocationEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/{functionName}", InvokeAsync);
        return endpoints;
    }

    private static async Task<IResult> InvokeAsync(string functionName, HttpContext context, FunctionRegistry registry,
        TimeProvider time, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(InvocationEndpoint).FullName!);
        var cancellationToken = context.RequestAborted;
        Func<Task> run;
        try
        {
            var definition = registry.Find(functionName)
                ?? throw new InvalidInvocationException($"Unknown function '{functionName}'.");
            var request = InvocationRequest.Parse(await ReadBodyAsync(context.Request, cancellationToken));
            var services = context.RequestServices;
            run = definition.Trigger switch
            {
                TriggerKind.Queue => Bind(services.GetRequiredKeyedService<IQueueFunction>(definition.Name),
                    InvocationReader.ReadQueue(definition.Name, request), cancellationToken),
                TriggerKind.Timer => Bind(services.GetRequiredKeyedService<ITimerFunction>(definition.Name),
                    InvocationReader.ReadTimer(definition.Name, request, time.GetUtcNow()), cancellationToken),
                _ => throw new InvalidInvocationException(
                    $"Function '{definition.Name}' is an HTTP function, served at /api/{definition.Route}."),
            };
            functionName = definition.Name;
        }
        catch (InvalidInvocationException ex)
        {
            Log.InvocationRejected(logger, functionName, ex.Message);
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest, title: "Invalid invocation");
        }

        try
        {
            await run();
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The failure goes back to the host as a 500; it owns retries and the poison queue.
            Log.InvocationFailed(logger, functionName, ex);
            return Reply(InvocationResponse.Failed($"Function '{functionName}' failed: {ex.GetType().Name}."),
                StatusCodes.Status500InternalServerError);
        }
        return Reply(InvocationResponse.Empty, StatusCodes.Status200OK);
    }

    private static Func<Task> Bind(IQueueFunction function, QueueInvocation invocation, CancellationToken ct) =>
        () => function.RunAsync(invocation, ct);

    private static Func<Task> Bind(ITimerFunction function, TimerInvocation invocation, CancellationToken ct) =>
        () => function.RunAsync(invocation, ct);

    private static JsonHttpResult<InvocationResponse> Reply(InvocationResponse response, int status) =>
        TypedResults.Json(response, InvocationJsonContext.Default.InvocationResponse, statusCode: status);

    private static async Task<ReadOnlyMemory<byte>> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
