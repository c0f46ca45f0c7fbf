namespace CivilityBot.Knowledge;

/// <summary>
/// A 考评内容 category. <see cref="DeclaredPoints"/> is the figure printed in the table (null when missing);
/// the points its sub-criteria add up to are <see cref="Campaign.SummedPoints(Category)"/>. <see cref="NameInferred"/>
/// marks a name the document does not print; <see cref="Note"/> says how it was written.
/// </summary>
public sealed record Category(int Number, string Name, string? NameEn, bool NameInferred, int? DeclaredPoints, string? Note = null);
