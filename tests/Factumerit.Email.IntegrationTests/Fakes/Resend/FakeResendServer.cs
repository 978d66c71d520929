using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.IntegrationTests.Fakes.Resend;

/// <summary>
/// An in-process Resend API on 127.0.0.1 speaking the documented wire protocol: <c>POST /emails</c> with auth,
/// User-Agent, validation and idempotency keys; <c>GET /emails/receiving/{id}</c> for seeded mail; signed raw
/// download URLs; and injected 429/5xx failures. Point <c>Resend:BaseUrl</c> at <see cref="BaseUrl"/> and
/// <c>Resend:ApiKey</c> at <see cref="ApiKey"/>.
/// </summary>
public sealed class FakeResendServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly FakeResendState _state;

    private FakeResendServer(WebApplication app, FakeResendState state, Uri baseUrl)
    {
        _app = app;
        _state = state;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }
    public string ApiKey => _state.ApiKey;

    /// <summary>Every email accepted, in order; an idempotent replay is not recorded twice.</summary>
    public IReadOnlyList<FakeSentEmail> SentEmails => _state.SentEmails;

    /// <summary>Every request that reached the server, including refused ones.</summary>
    public IReadOnlyList<FakeResendRequest> Requests => [.. _state.Requests];

    public static async Task<FakeResendServer> StartAsync(string apiKey = "re_fake_0123456789")
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            EnvironmentName = "Testing",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var state = new FakeResendState(apiKey);
        var app = builder.Build();
        FakeResendEndpoints.Map(app, state);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Single();
        state.BaseUrl = new Uri(address);
        return new FakeResendServer(app, state, state.BaseUrl);
    }

    /// <summary>Makes a received email available to the API; with <paramref name="raw"/> it also gets a download URL.</summary>
    /// <returns>The email's id, to put in an <c>email.received</c> webhook.</returns>
    public string SeedReceivedEmail(FakeReceivedEmail email, byte[]? raw = null)
    {
        ArgumentNullException.ThrowIfNull(email);
        if (!Guid.TryParse(email.Id, out _))
        {
            throw new ArgumentException("Resend ids are UUIDs; the API refuses other ids.", nameof(email));
        }
        _state.Received[email.Id] = new FakeResendState.Seeded(email, raw, Guid.NewGuid().ToString("N"));
        return email.Id;
    }

    /// <summary>The next <paramref name="count"/> requests answer <paramref name="status"/> (429 with retry-after, 5xx, 409).</summary>
    public void FailNext(int status, int count = 1, TimeSpan? retryAfter = null)
    {
        for (var i = 0; i < count; i++)
        {
            _state.Failures.Enqueue((status, retryAfter));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

internal sealed class FakeResendState(string apiKey)
{
    private readonly Lock _sendGate = new();
    private readonly List<FakeSentEmail> _sent = [];
    private readonly Dictionary<string, (byte[] BodyHash, string Id)> _idempotency = new(StringComparer.Ordinal);

    public string ApiKey { get; } = apiKey;
    public Uri BaseUrl { get; set; } = new("http://127.0.0.1/");
    public ConcurrentQueue<FakeResendRequest> Requests { get; } = new();
    public ConcurrentQueue<(int Status, TimeSpan? RetryAfter)> Failures { get; } = new();
    public ConcurrentDictionary<string, Seeded> Received { get; } = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<FakeSentEmail> SentEmails
    {
        get
        {
            lock (_sendGate)
            {
                return [.. _sent];
            }
        }
    }

    /// <summary>Records a send once per idempotency key; null means the key was used before with another body.</summary>
    public string? Accept(Func<string, FakeSentEmail> email, string? idempotencyKey, byte[] bodyHash)
    {
        lock (_sendGate)
        {
            if (idempotencyKey is not null && _idempotency.TryGetValue(idempotencyKey, out var earlier))
            {
                return earlier.BodyHash.AsSpan().SequenceEqual(bodyHash) ? earlier.Id : null;
            }
            var sent = email(Guid.NewGuid().ToString());
            _sent.Add(sent);
            if (idempotencyKey is not null)
            {
                _idempotency[idempotencyKey] = (bodyHash, sent.Id);
            }
            return sent.Id;
        }
    }

    public sealed record Seeded(FakeReceivedEmail Email, byte[]? Raw, string DownloadToken);
}
