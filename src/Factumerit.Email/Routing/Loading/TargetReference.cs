using Factumerit.Email.Mail;
using Factumerit.Email.Routing.Yaml;

namespace Factumerit.Email.Routing.Loading;

/// <summary>An address a route may send mail to (<c>forward_to</c> or a config <c>*_to</c> key), and where it was written.</summary>
internal sealed record TargetReference(string RouteName, string RouteKey, string Field, EmailAddress Address, YamlNode At);
