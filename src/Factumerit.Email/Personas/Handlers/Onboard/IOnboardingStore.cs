namespace Factumerit.Email.Personas.Handlers.Onboard;

public interface IOnboardingStore
{
    Task<OnboardingState?> GetAsync(string email, CancellationToken cancellationToken = default);

    /// <returns>False when the address has started onboarding before; the stored state is unchanged.</returns>
    Task<bool> StartAsync(OnboardingState state, CancellationToken cancellationToken = default);

    /// <summary>Stops the follow-ups; stopping twice keeps the first reason.</summary>
    Task StopAsync(string email, string reason, DateTimeOffset at, CancellationToken cancellationToken = default);
}
