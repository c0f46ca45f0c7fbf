using System.Text.Json;
using CivilityBot.Protocol.Schema;

namespace CivilityBot.Protocol.Hosting;

/// <summary>The checks the SDK makes on an <c>adaptiveCard/action</c> invoke before any handler sees it (protocol doc §5.1).</summary>
internal static class AdaptiveCardActionValidator
{
    /// <summary>An error answer (HTTP 400) for a malformed invoke, or null when the handler should run.</summary>
    public static AdaptiveCardInvokeResponse? Validate(Activity activity)
    {
        if (activity.Value is not { } value || value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return AdaptiveCardInvokeResponse.Error(400, ErrorCodes.BadRequest, "Missing value property");
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            return AdaptiveCardInvokeResponse.Error(400, ErrorCodes.BadRequest, "Value property is not properly formed");
        }

        if (!value.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object)
        {
            return AdaptiveCardInvokeResponse.Error(400, ErrorCodes.BadRequest, "Missing action property");
        }

        var type = action.TryGetProperty("type", out var typeElement) && typeElement.ValueKind == JsonValueKind.String
            ? typeElement.GetString()
            : null;
        return type == AdaptiveCardActionTypes.Execute
            ? null
            : AdaptiveCardInvokeResponse.Error(400, ErrorCodes.NotSupported, $"The action '{type}' is not supported.");
    }
}
