using Microsoft.Extensions.Configuration;

namespace CivilityBot.Protocol;

/// <summary>
/// Reads the top-level keys Azure Bot Service templates and the Agents Toolkit write (<c>MicrosoftAppId</c>,
/// <c>MicrosoftAppPassword</c>, <c>MicrosoftAppType</c>, <c>MicrosoftAppTenantId</c>) into <see cref="BotOptions"/>
/// where the <c>Bot:</c> key is empty. Both set and different is a conflict the validator reports at start-up.
/// With a tenant id, an app id and no type anywhere, the app is taken to be SingleTenant (what new Azure bots are).
/// </summary>
internal static class TopLevelBotSettings
{
    private const string AppId = nameof(BotOptions.MicrosoftAppId);
    private const string AppPassword = nameof(BotOptions.MicrosoftAppPassword);
    private const string AppType = nameof(BotOptions.MicrosoftAppType);
    private const string AppTenantId = nameof(BotOptions.MicrosoftAppTenantId);

    public static void Apply(IConfiguration configuration, BotOptions options)
    {
        var section = configuration.GetSection(BotOptions.SectionName);
        options.MicrosoftAppId = Merge(configuration, section, AppId, options, StringComparison.OrdinalIgnoreCase);
        options.MicrosoftAppPassword = Merge(configuration, section, AppPassword, options, StringComparison.Ordinal);
        options.MicrosoftAppTenantId = Merge(configuration, section, AppTenantId, options, StringComparison.OrdinalIgnoreCase);
        ApplyAppType(configuration, section, options);
    }

    private static string? Merge(IConfiguration root, IConfiguration section, string key, BotOptions options, StringComparison comparison)
    {
        var nested = Value(section, key);
        var topLevel = Value(root, key);
        if (nested is not null && topLevel is not null && !string.Equals(nested, topLevel, comparison))
        {
            options.SettingConflicts.Add($"{BotOptions.SectionName}:{key} and {key} are both set and differ; keep one of them.");
        }

        return nested ?? topLevel;
    }

    private static void ApplyAppType(IConfiguration root, IConfiguration section, BotOptions options)
    {
        var typeText = Merge(root, section, AppType, options, StringComparison.OrdinalIgnoreCase);
        if (typeText is null)
        {
            if (!options.IsAuthenticationDisabled && !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
            {
                options.MicrosoftAppType = BotAppType.SingleTenant;
                options.AppTypeInferred = true;
            }

            return;
        }

        if (Enum.TryParse<BotAppType>(typeText, ignoreCase: true, out var type) && Enum.IsDefined(type) && !int.TryParse(typeText, out _))
        {
            options.MicrosoftAppType = type;
        }
        else
        {
            options.SettingConflicts.Add($"{AppType} '{typeText}' is not MultiTenant, SingleTenant or UserAssignedMSI.");
        }
    }

    private static string? Value(IConfiguration configuration, string key) =>
        configuration[key] is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;
}
