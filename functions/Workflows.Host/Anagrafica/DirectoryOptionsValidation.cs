using Microsoft.Extensions.Options;
using Workflows.Desk.Model;

namespace Workflows.Host.Anagrafica;

/// <summary>Refuses a bootstrap network with a bad id, no name, no coordinator or an invalid address, at start.</summary>
public sealed class DirectoryOptionsValidation : IValidateOptions<DirectoryOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, DirectoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var bootstrap = options.Bootstrap;
        if (!bootstrap.IsSet)
        {
            return string.IsNullOrWhiteSpace(bootstrap.Coordinators)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail("Directory:Bootstrap:Coordinators needs Directory:Bootstrap:NetworkId.");
        }

        var failures = new List<string>();
        if (!DirectoryRules.IsId(bootstrap.NetworkId))
        {
            failures.Add("Directory:Bootstrap:NetworkId must be 3 to 50 lower-case letters, digits and dashes.");
        }

        if (string.IsNullOrWhiteSpace(bootstrap.NetworkName))
        {
            failures.Add("Directory:Bootstrap:NetworkName is required with a network id.");
        }

        if (bootstrap.CoordinatorList.Count == 0)
        {
            failures.Add("Directory:Bootstrap:Coordinators needs at least one address.");
        }

        failures.AddRange(bootstrap.CoordinatorList.Where(c => !DirectoryRules.IsEmail(c)).Select(c => $"Directory:Bootstrap:Coordinators: '{c}' is not an e-mail address."));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
