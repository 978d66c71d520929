using Factumerit.Email.Personas.Handlers.Digest;

namespace Factumerit.Email.IntegrationTests.Personas.Doubles;

internal sealed class FixedActivity : IPersonaActivitySource
{
    public PersonaActivity Activity { get; set; } = new([new PersonaActivityLine("support", 5, 1)], 1);

    public Task<PersonaActivity> GetActivityAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        Task.FromResult(Activity);
}
