namespace CivilityBot.Knowledge;

/// <summary>How a person's name is compared: the table pads two-character names ("宋 伟"), so whitespace never counts.</summary>
public static class PersonNames
{
    public static string Normalize(string name) =>
        string.Concat(name.Where(character => !char.IsWhiteSpace(character)));
}
