namespace Factumerit.Email.IntegrationTests.Fakes.Vikunja;

public sealed record FakeVikunjaTask(long Id, string Title, bool Done, long ProjectId, string Description, DateTimeOffset Created);

internal sealed class FakeVikunjaState(string token, long projectId, int pageSize)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, FakeVikunjaTask> _tasks = [];
    private readonly List<string> _requests = [];
    private long _nextId = 100;

    public string Token { get; } = token;
    public long ProjectId { get; } = projectId;
    public int PageSize { get; } = pageSize;
    public bool FailNext { get; set; }

    public IReadOnlyList<string> RequestLog
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public void Log(string line)
    {
        lock (_gate)
        {
            _requests.Add(line);
        }
    }

    public long Add(string title, bool done, long project, string description = "")
    {
        lock (_gate)
        {
            var id = _nextId++;
            _tasks[id] = new FakeVikunjaTask(id, title, done, project, description, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(id));
            return id;
        }
    }

    public FakeVikunjaTask? Find(long id)
    {
        lock (_gate)
        {
            return _tasks.GetValueOrDefault(id);
        }
    }

    public void Replace(FakeVikunjaTask task)
    {
        lock (_gate)
        {
            _tasks[task.Id] = task;
        }
    }

    public List<FakeVikunjaTask> All()
    {
        lock (_gate)
        {
            return [.. _tasks.Values.OrderBy(t => t.Id)];
        }
    }
}
