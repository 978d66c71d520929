namespace Factumerit.Email.Recruiting.Pipeline;

/// <summary>Where a tracked company or contact stands in the pipeline, in order; rejected ends it.</summary>
public static class Stages
{
    public const string Applied = "applied";
    public const string PhoneScreen = "phone_screen";
    public const string Interviewing = "interviewing";
    public const string Offer = "offer";
    public const string Rejected = "rejected";

    public static readonly IReadOnlyList<string> All = [Applied, PhoneScreen, Interviewing, Offer, Rejected];

    public static bool IsKnown(string? stage) => stage is not null && All.Contains(stage, StringComparer.Ordinal);

    /// <summary>The stage after <paramref name="stage"/> on the way to an offer; offer and rejected have none.</summary>
    public static string? Next(string stage) => stage switch
    {
        Applied => PhoneScreen,
        PhoneScreen => Interviewing,
        Interviewing => Offer,
        _ => null,
    };
}
