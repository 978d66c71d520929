namespace Factumerit.Email.Recruiting.Sync;

/// <summary>Queues a recruiting sync to run on the <c>recruiting-sync</c> queue.</summary>
public interface IRecruitingQueue
{
    Task SendAsync(RecruitingSyncRequested message, CancellationToken cancellationToken = default);
}
