using Factumerit.Email.IntegrationTests.Fakes.Vikunja;
using Factumerit.Email.Personas.Handlers.Eis;
using Factumerit.Email.Providers.Vikunja;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Factumerit.Email.IntegrationTests.Personas.Eis;

/// <summary>The Vikunja task list as the host registers it, against a wire-level fake.</summary>
public sealed class VikunjaTaskListTests : IAsyncLifetime
{
    private const long Project = 7;
    private FakeVikunjaServer _vikunja = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _vikunja = await FakeVikunjaServer.StartAsync(Project, pageSize: 2);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Vikunja:BaseUrl"] = _vikunja.BaseUrl.ToString(),
            ["Vikunja:ApiToken"] = _vikunja.ApiToken,
            ["Vikunja:ProjectId"] = "7",
        }).Build();
        _services = new ServiceCollection().AddVikunjaTasks(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _vikunja.DisposeAsync();
    }

    [Fact]
    public async Task Lists_open_tasks_of_the_project_across_pages_oldest_first()
    {
        _vikunja.Seed("first");
        _vikunja.Seed("finished", done: true);
        _vikunja.Seed("other project", projectId: 99);
        _vikunja.Seed("second");
        _vikunja.Seed("third");

        var open = await TaskList().ListOpenAsync("user-1");

        Assert.Equal(["first", "second", "third"], open.Select(t => t.Title));
        Assert.Contains(_vikunja.Requests, r => r.Contains("page=2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Adds_with_put_and_completes_without_losing_the_tasks_other_fields()
    {
        var added = await TaskList().AddAsync("user-1", "  write report ", "<m1@x>");
        var seeded = _vikunja.Seed("keep my title");

        Assert.Equal("write report", _vikunja.Task(long.Parse(added.Id, System.Globalization.CultureInfo.InvariantCulture))!.Title);
        var open = await TaskList().ListOpenAsync("user-1");
        Assert.True(await TaskList().CompleteAsync("user-1", open.Single(t => t.Title == "keep my title")));
        Assert.False(await TaskList().CompleteAsync("user-1", open.Single(t => t.Title == "keep my title")));

        var done = _vikunja.Task(seeded)!;
        Assert.True(done.Done);
        Assert.Equal("keep my title", done.Title);
        Assert.Equal(["write report"], (await TaskList().ListOpenAsync("user-1")).Select(t => t.Title));
    }

    [Fact]
    public async Task A_failing_server_surfaces_as_an_unavailable_task_list()
    {
        _vikunja.FailNext();

        var failure = await Assert.ThrowsAsync<TaskListUnavailableException>(() => TaskList().ListOpenAsync("user-1"));

        var api = Assert.IsType<VikunjaApiException>(failure.InnerException);
        Assert.Equal(500, api.Status);
    }

    private ITaskList TaskList() => _services.CreateScope().ServiceProvider.GetRequiredService<ITaskList>();
}
