using System.Globalization;
using System.Text.Json;
using CivilityBot.Cards.Checklists;
using CivilityBot.Knowledge;

namespace CivilityBot.Checklists;

/// <summary>Reads checklist card data defensively: anything that is not the shape our cards send is rejected.</summary>
public static class ChecklistSubmissionReader
{
    /// <summary>More ids than any card holds means the data was not written by us.</summary>
    private const int MaxItems = 100;

    public static ChecklistSubmission? Read(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object || !TryString(data, ChecklistFields.Person, out var person) || person is null)
        {
            return null;
        }

        if (!TryString(data, ChecklistFields.Page, out var pageText) || !TryString(data, ChecklistFields.Items, out var itemsText)
            || !TryString(data, ChecklistFields.Language, out var languageText))
        {
            return null;
        }

        var page = int.TryParse(pageText ?? "1", NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : -1;
        var ids = (itemsText ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (page < 1 || ids.Length > MaxItems || ids.Distinct(StringComparer.Ordinal).Count() != ids.Length)
        {
            return null;
        }

        var items = new List<SubmittedItem>(ids.Length);
        foreach (var id in ids)
        {
            if (!TryString(data, ChecklistFields.Seen(id), out var seen) || !TryString(data, ChecklistFields.Done(id), out var done)
                || !TryString(data, ChecklistFields.Evidence(id), out var evidence))
            {
                return null;
            }

            items.Add(new SubmittedItem(id, seen, done, evidence));
        }

        var language = languageText == ChecklistFields.English ? ReplyLanguage.English : ReplyLanguage.Chinese;
        return new ChecklistSubmission(PersonNames.Normalize(person), page, language, items);
    }

    /// <summary>False when the field is there but not a string; a missing field reads as null.</summary>
    private static bool TryString(JsonElement data, string name, out string? value)
    {
        value = null;
        if (!data.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind == JsonValueKind.String)
        {
            value = element.GetString();
            return true;
        }

        // Some clients send a toggle or a number input as a JSON literal; accept those as their text.
        if (element.ValueKind is JsonValueKind.True or JsonValueKind.False or JsonValueKind.Number)
        {
            value = element.GetRawText();
            return true;
        }

        return false;
    }
}
