using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CivilityBot.Protocol;

/// <summary>Start-up checks of <see cref="BotOptions"/>, so a mis-set identity fails at boot rather than on the first message.</summary>
internal sealed class BotOptionsValidator : IValidateOptions<BotOptions>
{
    private readonly IHostEnvironment? environment;

    /// <param name="environment">The host's environment; without one (a bare service collection) it counts as not Development.</param>
    public BotOptionsValidator(IHostEnvironment? environment = null) => this.environment = environment;

    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        var failures = new List<string>(options.SettingConflicts);
        ValidateIdentity(options, failures);
        ValidateAuthenticationRequired(options, failures);
        ValidateEndpoints(options, failures);
        ValidateLimits(options, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateIdentity(BotOptions options, List<string> failures)
    {
        var hasSecret = !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword);
        var hasTenant = !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId);
        switch (options.MicrosoftAppType)
        {
            case BotAppType.MultiTenant when !options.IsAuthenticationDisabled && !hasSecret:
                failures.Add("Bot:MicrosoftAppPassword is required for a MultiTenant app.");
                break;
            case BotAppType.SingleTenant when options.IsAuthenticationDisabled || !hasSecret || !hasTenant:
                failures.Add("A SingleTenant app needs Bot:MicrosoftAppId, Bot:MicrosoftAppPassword and Bot:MicrosoftAppTenantId.");
                break;
            case BotAppType.UserAssignedMSI when options.IsAuthenticationDisabled || !hasTenant || hasSecret:
                failures.Add("A UserAssignedMSI app needs Bot:MicrosoftAppId and Bot:MicrosoftAppTenantId, and no Bot:MicrosoftAppPassword.");
                break;
        }
    }

    // Behind a reverse proxy on the same host every request is loopback, so "auth off" must never reach production.
    private void ValidateAuthenticationRequired(BotOptions options, List<string> failures)
    {
        if (!options.IsAuthenticationDisabled || options.AllowUnauthenticated || environment?.IsDevelopment() == true)
        {
            return;
        }

        var environmentName = environment?.EnvironmentName ?? "(none)";
        failures.Add(
            $"Bot:MicrosoftAppId is empty, so inbound authentication would be off, and the environment is '{environmentName}', not Development. "
            + "Set Bot:MicrosoftAppId and Bot:MicrosoftAppPassword (or MicrosoftAppId and MicrosoftAppPassword) to the Azure Bot's identity; "
            + "for local development set ASPNETCORE_ENVIRONMENT=Development; "
            + "or, only on a machine no one else can reach, set Bot:AllowUnauthenticated=true.");
    }

    private static void ValidateEndpoints(BotOptions options, List<string> failures)
    {
        if (!Enum.IsDefined(options.Cloud))
        {
            failures.Add("Bot:Cloud must be Public, USGov, USGovDoD or China.");
            return;
        }

        var endpoints = options.ResolveEndpoints();
        RequireHttps(endpoints.OpenIdMetadataUrl, "Bot:OpenIdMetadataUrl", failures);
        RequireHttps(endpoints.LoginEndpoint, "Bot:LoginEndpoint", failures);
        RequireHttps(endpoints.TokenServiceUrl, "Bot:TokenServiceUrl", failures);
        RequireHttps(endpoints.GraphBaseUrl, "Bot:GraphBaseUrl", failures);
        foreach (var url in options.AllowedServiceUrls)
        {
            RequireHttps(url, $"Bot:AllowedServiceUrls entry '{url}'", failures);
        }

        if (endpoints.GlobalServiceUrl is { } global)
        {
            RequireHttps(global, "Bot:GlobalServiceUrl", failures);
        }
    }

    private static void RequireHttps(string url, string name, List<string> failures)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            failures.Add($"{name} must be an absolute https URL.");
            return;
        }

        RequireHttps(uri, name, failures);
    }

    private static void RequireHttps(Uri uri, string name, List<string> failures)
    {
        if (!uri.IsAbsoluteUri || uri.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add($"{name} must be an absolute https URL.");
        }
    }

    private static void ValidateLimits(BotOptions options, List<string> failures)
    {
        if (options.MaxRequestBodyBytes <= 0)
        {
            failures.Add("Bot:MaxRequestBodyBytes must be positive.");
        }

        if (options.DeduplicationWindow < TimeSpan.Zero || options.DeduplicationCapacity <= 0 || options.DeduplicationMaxBytes <= 0)
        {
            failures.Add(
                "Bot:DeduplicationWindow must not be negative, and Bot:DeduplicationCapacity and Bot:DeduplicationMaxBytes must be positive.");
        }

        if (options.ConnectorMaxRetryAttempts is < 0 or > 10 || options.ConnectorRetryBaseDelay < TimeSpan.Zero)
        {
            failures.Add("Bot:ConnectorMaxRetryAttempts must be 0–10 and Bot:ConnectorRetryBaseDelay not negative.");
        }

        if (options.ConnectorAttemptTimeout <= TimeSpan.Zero || options.AcknowledgeTimeout <= TimeSpan.Zero)
        {
            failures.Add("Bot:ConnectorAttemptTimeout and Bot:AcknowledgeTimeout must be positive.");
        }
    }
}
