using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Factumerit.Email.Providers.Vikunja;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Tests.PersonaHandlers.Vikunja;

/// <summary>The requests the client sends and how it reads answers, over a stub transport.</summary>
public sealed class VikunjaClientTests
{
    private readonly List<(HttpMethod Method, Uri Uri, string? Auth, string? Body)> _sent = [];
    private readonly Queue<HttpResponseMessage> _answers = new();

    [Fact]
    public async Task Lists_with_bearer_auth_both_filter_styles_and_keeps_only_open_tasks_of_the_project()
    {
        Answer(HttpStatusCode.OK, """[{"id":3,"title":"b","done":false,"project_id":7},{"id":1,"title":"a","done":false,"project_id":7},{"id":2,"title":"x","done":true,"project_id":7},{"id":4,"title":"other","done":false,"project_id":8}]""");

        var tasks = await Client("https://tasks.example.com").ListOpenTasksAsync(7);

        Assert.Equal(["a", "b"], tasks.Select(t => t.Title));
        var (method, uri, auth, _) = Assert.Single(_sent);
        Assert.Equal(HttpMethod.Get, method);
        Assert.Equal("/api/v1/tasks/all", uri.AbsolutePath);
        Assert.Contains("filter=done%20%3D%20false%20%26%26%20project%20%3D%207", uri.Query, StringComparison.Ordinal);
        Assert.Contains("filter_by=done&filter_value=false", uri.Query, StringComparison.Ordinal);
        Assert.Equal("Bearer tk_test", auth);
    }

    [Fact]
    public async Task Creates_with_put_on_the_projects_tasks()
    {
        Answer(HttpStatusCode.Created, """{"id":9,"title":"write report","done":false,"project_id":7}""");

        var task = await Client("https://tasks.example.com/api/v1/").CreateTaskAsync(7, " write report ");

        Assert.Equal(9, task.Id);
        var (method, uri, _, body) = Assert.Single(_sent);
        Assert.Equal((HttpMethod.Put, "/api/v1/projects/7/tasks"), (method, uri.AbsolutePath));
        Assert.Equal("write report", (string?)JsonNode.Parse(body!)!["title"]);
    }

    [Fact]
    public async Task Marking_done_sends_the_whole_task_back_so_vikunja_keeps_its_fields()
    {
        Answer(HttpStatusCode.OK, """{"id":5,"title":"keep","description":"notes","done":false,"project_id":7,"priority":3}""");
        Answer(HttpStatusCode.OK, """{"id":5,"title":"keep","done":true,"project_id":7}""");

        Assert.True(await Client("https://tasks.example.com").MarkDoneAsync(5));

        Assert.Equal([HttpMethod.Get, HttpMethod.Post], _sent.Select(s => s.Method));
        var body = JsonNode.Parse(_sent[1].Body!)!;
        Assert.Equal(("keep", "notes", true, 3), ((string?)body["title"], (string?)body["description"], (bool?)body["done"], (int?)body["priority"]));
        Assert.Equal("/api/v1/tasks/5", _sent[1].Uri.AbsolutePath);
    }

    [Fact]
    public async Task Errors_carry_the_status_and_vikunjas_code()
    {
        Answer(HttpStatusCode.Forbidden, """{"code":4009,"message":"You are not allowed."}""");

        var error = await Assert.ThrowsAsync<VikunjaApiException>(() => Client("https://tasks.example.com").CreateTaskAsync(7, "x"));

        Assert.Equal((403, "4009"), (error.Status, error.ErrorCode));
    }

    [Theory]
    [InlineData("https://tasks.example.com", null, "7", "Vikunja:ApiToken")]
    [InlineData("ftp://tasks.example.com", "t", "7", "Vikunja:BaseUrl")]
    [InlineData("https://tasks.example.com", "t", "0", "Vikunja:ProjectId")]
    public void Incomplete_settings_fail_validation_naming_the_key(string baseUrl, string? token, string project, string key)
    {
        var services = new ServiceCollection().AddVikunjaTasks(Configuration(baseUrl, token, project)).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<VikunjaOptions>>().Value);

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    private VikunjaClient Client(string baseUrl)
    {
        var services = new ServiceCollection().AddVikunjaTasks(Configuration(baseUrl, "tk_test", "7"));
        services.Configure<HttpClientFactoryOptions>(nameof(VikunjaClient),
            o => o.HttpMessageHandlerBuilderActions.Add(b => b.PrimaryHandler = new StubHandler(this)));
        return services.BuildServiceProvider().GetRequiredService<VikunjaClient>();
    }

    private static IConfiguration Configuration(string baseUrl, string? token, string project) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Vikunja:BaseUrl"] = baseUrl,
            ["Vikunja:ApiToken"] = token,
            ["Vikunja:ProjectId"] = project,
        }).Build();

    private void Answer(HttpStatusCode status, string json) =>
        _answers.Enqueue(new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") });

    private sealed class StubHandler(VikunjaClientTests test) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            test._sent.Add((request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), body));
            return test._answers.Dequeue();
        }
    }
}
