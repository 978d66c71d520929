using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.IntegrationTests.Fakes.Llm;

/// <summary>
/// An OpenAI-compatible chat completions server on 127.0.0.1, speaking the real wire format, so the real
/// provider code runs unchanged against it. Serves <c>/v1/chat/completions</c> (OpenAI, Ollama) and
/// <c>/openai/v1/chat/completions</c> (Azure OpenAI v1). Queued replies are used first, then <see cref="Responder"/>;
/// with neither, it answers 400 so a test that forgot to program it fails loudly.
/// </summary>
public sealed class FakeLlmServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeChatReply> _queued = new();
    private readonly List<FakeChatRequest> _requests = [];
    private readonly Lock _gate = new();
    private long _sequence;

    private FakeLlmServer(WebApplication app, string apiKey)
    {
        _app = app;
        ApiKey = apiKey;
    }

    public string ApiKey { get; }

    /// <summary>False makes the server accept requests without credentials, as a local Ollama does.</summary>
    public bool RequireApiKey { get; set; } = true;

    /// <summary>Answers requests when no reply is queued; may inspect the prompt. Runs on server threads.</summary>
    public Func<FakeChatRequest, FakeChatReply>? Responder { get; set; }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The OpenAI-style base, ending in <c>/v1/</c>.</summary>
    public Uri Endpoint => new(BaseAddress, "v1/");

    /// <summary>The Azure OpenAI v1 base, ending in <c>/openai/v1/</c>.</summary>
    public Uri AzureEndpoint => new(BaseAddress, "openai/v1/");

    public IReadOnlyList<FakeChatRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public static async Task<FakeLlmServer> StartAsync(string apiKey = "sk-fake-test-key", CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeLlmServer(app, apiKey);
        app.MapPost("/v1/chat/completions", server.HandleAsync);
        app.MapPost("/openai/v1/chat/completions", server.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    public void Enqueue(FakeChatReply reply) => _queued.Enqueue(reply);

    public void EnqueueText(string content, int? promptTokens = null, int? completionTokens = null) =>
        Enqueue(FakeChatReply.Text(content, promptTokens, completionTokens));

    public void EnqueueError(int status, string? code = null, string? message = null) =>
        Enqueue(FakeChatReply.Error(status, code, message));

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var authorization = context.Request.Headers.Authorization.FirstOrDefault();
        var apiKeyHeader = context.Request.Headers["api-key"].FirstOrDefault();
        var authorized = !RequireApiKey || authorization == $"Bearer {ApiKey}" || apiKeyHeader == ApiKey;
        var sequence = Interlocked.Increment(ref _sequence);

        FakeChatRequest request;
        try
        {
            var (model, messages, temperature, maxTokens, format) = FakeChatWire.Read(body);
            request = new FakeChatRequest(context.Request.Path, authorization, apiKeyHeader, authorized, model, messages,
                temperature, maxTokens, format, body);
        }
        catch (JsonException)
        {
            Record(new FakeChatRequest(context.Request.Path, authorization, apiKeyHeader, authorized, null, [], null, null, null, body));
            await WriteAsync(context, FakeChatReply.Error(400, "invalid_json", "We could not parse the JSON body of your request."), null, sequence);
            return;
        }

        Record(request);
        var reply = !authorized
            ? FakeChatReply.Error(401, "invalid_api_key", "Incorrect API key provided.") with { ErrorType = "invalid_request_error" }
            : NextReply(request);
        await WriteAsync(context, reply, request, sequence);
    }

    private FakeChatReply NextReply(FakeChatRequest request)
    {
        if (_queued.TryDequeue(out var queued))
        {
            return queued;
        }
        var responder = Responder;
        return responder is null
            ? FakeChatReply.Error(400, "fake_not_programmed", "The fake LLM server has no reply queued and no responder.")
            : responder(request);
    }

    private void Record(FakeChatRequest request)
    {
        lock (_gate)
        {
            _requests.Add(request);
        }
    }

    private static Task WriteAsync(HttpContext context, FakeChatReply reply, FakeChatRequest? request, long sequence)
    {
        context.Response.StatusCode = reply.Status;
        context.Response.ContentType = "application/json";
        context.Response.Headers["x-request-id"] = $"req-fake{sequence}";
        if (reply.Status >= 400 && reply.RetryAfterSeconds is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        var body = reply.RawBody
            ?? (reply.Status >= 400 || request is null
                ? FakeChatWire.Error(reply.ErrorMessage, reply.ErrorType, reply.ErrorCode)
                : FakeChatWire.Completion(sequence, request, reply));
        return context.Response.WriteAsync(body, context.RequestAborted);
    }
}
