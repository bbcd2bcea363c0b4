using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SupplierMeetups.Web.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FirmRegistration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BoothRequest",
                table: "registration_Participations",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReviewedAt",
                table: "registration_Participations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SubmissionToken",
                table: "registration_Participations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Sectors",
                table: "registration_Firms",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "registration_People",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirmId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_People", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registration_PeopleLimits",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Exhibitor = table.Column<int>(type: "INTEGER", nullable: false),
                    Supplier = table.Column<int>(type: "INTEGER", nullable: false),
                    Prime = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_PeopleLimits", x => x.EventId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_registration_Participations_SubmissionToken",
                table: "registration_Participations",
                column: "SubmissionToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registration_People_FirmId",
                table: "registration_People",
                column: "FirmId");

            migrationBuilder.CreateIndex(
                name: "IX_registration_People_ParticipationId",
                table: "registration_People",
                column: "ParticipationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "registration_People");

            migrationBuilder.DropTable(
                name: "registration_PeopleLimits");

            migrationBuilder.DropIndex(
                name: "IX_registration_Participations_SubmissionToken",
                table: "registration_Participations");

            migrationBuilder.DropColumn(
                name: "BoothRequest",
                table: "registration_Participations");

            migrationBuilder.DropColumn(
                name: "ReviewedAt",
                table: "registration_Participations");

            migrationBuilder.DropColumn(
                name: "SubmissionToken",
                table: "registration_Participations");

            migrationBuilder.DropColumn(
                name: "Sectors",
                table: "registration_Firms");
        }
    }
}
