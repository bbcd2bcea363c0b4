using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SupplierMeetups.Web.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BadgesAndAttachments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Attachments",
                table: "platform_OutgoingEmails",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "platform_OutgoingEmails",
                type: "TEXT",
                maxLength: 5,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "badges_Badges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PersonName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Organization = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Booth = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    HolderKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    HolderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HolderUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_badges_Badges", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_badges_Badges_EventId_HolderKind_HolderId",
                table: "badges_Badges",
                columns: new[] { "EventId", "HolderKind", "HolderId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_badges_Badges_HolderUserId",
                table: "badges_Badges",
                column: "HolderUserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "badges_Badges");

            migrationBuilder.DropColumn(
                name: "Attachments",
                table: "platform_OutgoingEmails");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "platform_OutgoingEmails");
        }
    }
}
