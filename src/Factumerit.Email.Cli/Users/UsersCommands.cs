using System.CommandLine;
using Factumerit.Email.Cli.Storage;
using Factumerit.Email.Users;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Factumerit.Email.Cli.Users;

/// <summary><c>factumerit users add|list|remove</c>: the people the personas know.</summary>
internal static class UsersCommands
{
    public static Command Create()
    {
        var users = new Command("users", "Manage the users the personas know (the Users table).");
        users.Add(Add());
        users.Add(List());
        users.Add(Remove());
        return users;
    }

    private static Command Add()
    {
        var email = new Argument<string>("email") { Description = "The user's address." };
        var name = new Option<string?>("--name") { Description = "A name to greet the user by." };
        var timeZone = new Option<string?>("--tz") { Description = "IANA time zone, e.g. Europe/Paris (default UTC)." };
        var (storage, table) = (CliStorage.StorageOption(), CliStorage.TableOption("users"));
        var command = new Command("add", "Add a user, or show the existing one; --tz sets the time zone.") { email, name, timeZone, storage, table };
        command.SetAction((parseResult, cancellationToken) => CliStorage.RunAsync(parseResult, storage, Tables(parseResult, table), async services =>
        {
            var directory = services.GetRequiredService<IUserDirectory>();
            var output = parseResult.InvocationConfiguration.Output;
            var user = await directory.EnsureAsync(parseResult.GetValue(email)!, parseResult.GetValue(name), "operator", cancellationToken);
            if (parseResult.GetValue(timeZone) is { } zone)
            {
                user = await directory.SetTimeZoneAsync(user.Email, zone, cancellationToken);
            }
            await output.WriteLineAsync($"{user.Email}: user {user.UserId}, time zone {user.TimeZone}");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command List()
    {
        var (storage, table) = (CliStorage.StorageOption(), CliStorage.TableOption("users"));
        var command = new Command("list", "List the users.") { storage, table };
        command.SetAction((parseResult, cancellationToken) => CliStorage.RunAsync(parseResult, storage, Tables(parseResult, table), async services =>
        {
            var view = new Table().Border(TableBorder.Rounded).AddColumns("Email", "Name", "Time zone", "Source", "Created", "Id");
            var count = 0;
            await foreach (var user in services.GetRequiredService<IUserDirectory>().ListAsync(cancellationToken))
            {
                count++;
                view.AddRow(Markup.Escape(user.Email), Markup.Escape(user.DisplayName ?? "-"), Markup.Escape(user.TimeZone),
                    Markup.Escape(user.Source), user.CreatedAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture), user.UserId);
            }
            var console = CliConsole.Create(parseResult.InvocationConfiguration.Output);
            console.Write(view);
            console.WriteLine($"{count} user(s).", Style.Plain);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Remove()
    {
        var email = new Argument<string>("email") { Description = "The user's address." };
        var (storage, table) = (CliStorage.StorageOption(), CliStorage.TableOption("users"));
        var command = new Command("remove", "Remove a user; exit 1 when there was none.") { email, storage, table };
        command.SetAction((parseResult, cancellationToken) => CliStorage.RunAsync(parseResult, storage, Tables(parseResult, table), async services =>
        {
            var address = parseResult.GetValue(email)!;
            var removed = await services.GetRequiredService<IUserDirectory>().RemoveAsync(address, cancellationToken);
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(removed ? $"{address}: removed" : $"{address}: no such user");
            return removed ? ExitCodes.Success : ExitCodes.Invalid;
        }));
        return command;
    }

    private static Action<Inbound.InboundTableNames> Tables(ParseResult parseResult, Option<string?> table) =>
        names => names.Users = parseResult.GetValue(table) ?? names.Users;
}
