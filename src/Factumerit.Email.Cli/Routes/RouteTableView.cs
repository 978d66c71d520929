using System.Globalization;
using Factumerit.Email.Routing;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Factumerit.Email.Cli.Routes;

/// <summary>The routes as a Spectre.Console table.</summary>
internal static class RouteTableView
{
    public static IRenderable Render(RoutingTable table)
    {
        var view = new Table().Border(TableBorder.Rounded)
            .AddColumn("Route")
            .AddColumn("Action")
            .AddColumn("Handler / target")
            .AddColumn(new TableColumn("Daily/sender").RightAligned())
            .AddColumn(new TableColumn("Tokens/email").RightAligned())
            .AddColumn("Description");

        if (table.Domains.Count > 0)
        {
            view.Caption($"domains: {string.Join(", ", table.Domains.Order(StringComparer.Ordinal))}");
        }

        foreach (var route in table.Routes)
        {
            view.AddRow(
                Markup.Escape(route.Key),
                route.ActionName,
                Markup.Escape(route.Handler ?? route.ForwardTo?.Address ?? "-"),
                route.Action == RouteAction.Drop ? "-" : route.Limits.DailyEmailsPerSender.ToString(CultureInfo.InvariantCulture),
                route.Action == RouteAction.Ai ? route.Limits.LlmTokensPerEmail.ToString(CultureInfo.InvariantCulture) : "-",
                Markup.Escape(route.Description ?? string.Empty));
        }

        return view;
    }
}
