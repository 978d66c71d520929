using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.IntegrationTests.Fakes.Vikunja;

/// <summary>
/// A Vikunja API (<c>/api/v1</c>) on 127.0.0.1 with the task calls eis makes: <c>GET tasks/all</c> (newer <c>filter</c>
/// syntax, paging headers), <c>PUT projects/{id}/tasks</c>, <c>GET</c> and <c>POST tasks/{id}</c> (a POST replaces the
/// whole task, as Vikunja does, so a partial body blanks the title and is refused). Bearer token required.
/// </summary>
public sealed class FakeVikunjaServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeVikunjaServer(WebApplication app, FakeVikunjaState state, Uri baseUrl)
    {
        _app = app;
        State = state;
        BaseUrl = baseUrl;
    }

    /// <summary>The instance's root, without <c>/api/v1</c>, as an operator would configure it.</summary>
    public Uri BaseUrl { get; }

    public string ApiToken => State.Token;

    internal FakeVikunjaState State { get; }

    public IReadOnlyList<string> Requests => State.RequestLog;

    public static async Task<FakeVikunjaServer> StartAsync(long projectId, int pageSize = 50, string token = "tk_fake_vikunja")
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var state = new FakeVikunjaState(token, projectId, pageSize);
        FakeVikunjaEndpoints.Map(app, state);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new FakeVikunjaServer(app, state, new Uri(address));
    }

    /// <summary>Adds a task as if created in Vikunja's own UI.</summary>
    public long Seed(string title, bool done = false, long? projectId = null) => State.Add(title, done, projectId ?? State.ProjectId);

    public FakeVikunjaTask? Task(long id) => State.Find(id);

    public IReadOnlyList<FakeVikunjaTask> Tasks => State.All();

    /// <summary>The next request answers 500.</summary>
    public void FailNext() => State.FailNext = true;

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
