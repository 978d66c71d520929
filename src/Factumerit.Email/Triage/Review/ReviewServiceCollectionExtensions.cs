using Factumerit.Email.Triage.Onboarding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Factumerit.Email.Triage.Review;

public static class ReviewServiceCollectionExtensions
{
    /// <summary>The Review folder and onboarding training. Needs <c>AddTriage</c>, the assistant's stores and Gmail.</summary>
    public static IServiceCollection AddTriageReview(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ReviewService>();
        services.TryAddSingleton<OnboardingService>();
        return services;
    }
}
